#!/usr/bin/env bash
# Creates a Payara Server domain with all its ports moved by a port base, unless it exists already, and hardens it.
# Used by the build (the integration tests' server) and by ./cryopath (the run command's server).
#   create-domain.sh <payara home> <domain name> <port base>
# Hardening: the HTTP listeners send no X-Powered-By header and no Server header (Payara's defaults name the server,
# its version and the Java version to every visitor). A domain created by an older script gets it too, the next
# time it is stopped.
# The server's temporary files go to the domain's own tmp folder, not /tmp: Payara keeps an uploaded archive there
# under its own name while it deploys it, and two servers on one machine deploying a cryopath.ear at the same moment
# (two worktrees' test runs) would otherwise write the same file.
set -euo pipefail
home=$1 domain=$2 portbase=$3
config="$home/glassfish/domains/$domain/config"

if [ ! -f "$config/domain.xml" ]; then
  "$home/bin/asadmin" --user admin create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
  echo "Created Payara domain $domain (admin port $((portbase + 48)), http port $((portbase + 80)))"
fi

# domain.xml is the server's to write while it runs: edit it only when the domain is stopped.
if [ -f "$config/pid" ] && kill -0 "$(cat "$config/pid")" 2>/dev/null; then
  exit 0
fi
mkdir -p "$home/glassfish/domains/$domain/tmp"
if ! grep -q 'java.io.tmpdir=' "$config/domain.xml"; then
  sed -i -E 's#(<java-config [^>]*>)#\1\n        <jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>#' "$config/domain.xml"
fi
# The <http> element of each HTTP listener's protocol (http-listener-1, and -2 for HTTPS), in every config.
sed -i -E '/<protocol name="http-listener-[12]"/{n;/xpowered-by=/!s/<http /<http xpowered-by="false" /;/server-header=/!s/<http /<http server-header="false" /}' \
  "$config/domain.xml"
