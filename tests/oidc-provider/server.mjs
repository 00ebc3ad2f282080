// A real OpenID Connect provider for the sign-in tests, started by OidcProviderFixture.
// Usage: node server.mjs --port 0 --redirect-uri https://localhost/signin/callback
// Prints "listening <issuer>" when ready. The test chooses who signs in next with
// POST /test/next-login {"sub":"...","name":"...","roles":[...],"groups":[...]}; the login
// and consent interactions then complete without a form, as a real user would after typing a password.
import http from 'node:http';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'redirect-uri': { type: 'string', default: 'https://localhost/signin/callback' },
    'client-id': { type: 'string', default: 'family-context' },
    'client-secret': { type: 'string', default: 'test-client-secret' },
  },
});

const accounts = new Map();
let nextLogin = null;

const server = http.createServer();
server.listen(Number(values.port), '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: values['client-id'],
      client_secret: values['client-secret'],
      redirect_uris: [values['redirect-uri']],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    claims: { openid: ['sub'], profile: ['name'], roles: ['roles', 'groups'] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, id) => accounts.has(id)
      ? { accountId: id, claims: async () => ({ sub: id, ...accounts.get(id) }) }
      : undefined,
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    cookies: { keys: ['test-only-cookie-key'] },
  });
  const callback = provider.callback();

  server.on('request', async (req, res) => {
    try {
      if (req.method === 'POST' && req.url === '/test/next-login') {
        nextLogin = JSON.parse(await body(req));
        accounts.set(nextLogin.sub, { name: nextLogin.name, roles: nextLogin.roles ?? [], groups: nextLogin.groups ?? [] });
        res.statusCode = 204;
        res.end();
        return;
      }
      if (req.url.startsWith('/interaction/')) {
        await interact(provider, req, res);
        return;
      }
      callback(req, res);
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
  });
  console.log(`listening ${issuer}`);
});

async function interact(provider, req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  if (prompt.name === 'login') {
    if (!nextLogin) {
      res.statusCode = 403;
      res.end('no test user chosen');
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: nextLogin.sub } }, { mergeWithLastSubmission: false });
    return;
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
  if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

function body(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => { data += chunk; });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}
