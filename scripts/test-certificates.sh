#!/usr/bin/env bash
# Makes, in folder $1, a small certificate authority (ca.crt) and a certificate for a
# PostgreSQL server on this PC signed by it (server.crt, server.key: localhost and
# 127.0.0.1, and the address $2 when given), as a city's IT would have, for the network
# tests' TLS.
set -euo pipefail
dir=$1
extra=${2:+,IP:$2}
cd "$dir"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Passerelle test CA" \
  -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1%s\nbasicConstraints=critical,CA:FALSE\n' "$extra" > server.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
  -extfile server.ext -out server.crt 2>/dev/null
chmod 600 server.key
rm -f server.csr server.ext ca.srl ca.key
