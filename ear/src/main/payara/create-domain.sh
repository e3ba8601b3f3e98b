#!/usr/bin/env bash
# Creates a Payara Server domain with all its ports moved by a port base, unless it exists already.
# Used by the build (the integration tests' server) and by ./cryopath (the run command's server).
#   create-domain.sh <payara home> <domain name> <port base>
set -euo pipefail
home=$1 domain=$2 portbase=$3
if [ -f "$home/glassfish/domains/$domain/config/domain.xml" ]; then
  exit 0
fi
"$home/bin/asadmin" --user admin create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
echo "Created Payara domain $domain (admin port $((portbase + 48)), http port $((portbase + 80)))"
