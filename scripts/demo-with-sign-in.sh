#!/usr/bin/env bash
# The demo with staff sign-in, to try the admin pages and /find: starts the test OpenID provider
# (tests/oidc-provider, a real oidc-provider) on http://127.0.0.1:5081 and the service on http://localhost:5080.
#
#   scripts/demo-with-sign-in.sh [manager|social-worker|ig-admin|outsider]
#
# The role chosen is who "signs in" next (the test provider skips the password form). To change who signs in
# next while it runs:
#   curl -X POST http://127.0.0.1:5081/test/next-login -H 'Content-Type: application/json' \
#        -d '{"sub":"someone","name":"Someone","roles":["social-worker"],"groups":[]}'
# For the demo only: the client secret below is not a secret, and the provider is not one to deploy.
set -euo pipefail
cd "$(dirname "$0")/.."

role=${1:-manager}
case "$role" in
  manager)       user='{"sub":"demo-manager","name":"Demo team manager","roles":["manager"],"groups":["demo-workers"]}' ;;
  social-worker) user='{"sub":"demo-social-worker","name":"Demo social worker","roles":["social-worker"],"groups":["demo-workers"]}' ;;
  ig-admin)      user='{"sub":"demo-ig","name":"Demo IG lead","roles":["ig-admin"],"groups":[]}' ;;
  outsider)      user='{"sub":"demo-outsider","name":"Someone without access","roles":[],"groups":[]}' ;;
  *) echo "Unknown role '$role': use manager, social-worker, ig-admin or outsider." >&2; exit 2 ;;
esac

(cd tests/oidc-provider && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)
provider_log=$(mktemp)
node tests/oidc-provider/server.mjs --port 5081 --redirect-uri http://localhost:5080/signin/callback \
  --client-id family-context --client-secret demo-only-not-a-secret >"$provider_log" 2>&1 &
provider=$!
trap 'kill $provider 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q '^listening' "$provider_log" && break; sleep 0.2; done
grep -q '^listening' "$provider_log" || { cat "$provider_log"; echo "The test OpenID provider did not start." >&2; exit 1; }
curl -fsS -X POST http://127.0.0.1:5081/test/next-login -H 'Content-Type: application/json' -d "$user" >/dev/null

echo "Signing in as: $role. Open http://localhost:5080/admin (managers and IG admins) or http://localhost:5080/find."
dotnet run --project FamilyContext.Plugin -- \
  --FamilyContext:SignIn:Authority=http://127.0.0.1:5081 \
  --FamilyContext:SignIn:ClientId=family-context \
  --FamilyContext:SignIn:ClientSecret=demo-only-not-a-secret \
  "--FamilyContext:SignIn:Scopes=openid profile roles" \
  --FamilyContext:SignIn:RequireHttpsMetadata=false
