#!/usr/bin/env bash
# A PostgreSQL server behind a line that can be cut without a word, for the network
# partition test: a network namespace joined to this PC by a virtual cable (veth), and a
# throw-away cluster listening inside it (`scripts/test-postgres.sh`, with TLS for its
# address). Needs root (network namespaces) and iproute2.
#
#   test-partition.sh start        prints the namespace, the cluster's folder, its admin URL
#   test-partition.sh cut NS       the cable goes dead: packets are lost both ways, nobody
#                                  is told (no reset, no "unreachable"), as in a partition
#   test-partition.sh mend NS      the cable works again
#   test-partition.sh stop NS DIR  stops the cluster and removes the namespace
set -euo pipefail
here=$(dirname "$0")
case "${1:-}" in
  start)
    [ "$(id -u)" = 0 ] || { echo "network namespaces need root" >&2; exit 1; }
    command -v ip >/dev/null || { echo "no ip (iproute2) here" >&2; exit 1; }
    ns=passerelle-part-$$
    net=10.$(( 200 + $$ % 50 )).$(( $$ / 50 % 250 ))
    ip netns add "$ns"
    trap 'ip netns del "$ns" 2>/dev/null || true' ERR
    ip link add "pp$$h" type veth peer name "pp$$n"
    ip link set "pp$$n" netns "$ns"
    ip addr add "$net.1/30" dev "pp$$h"
    ip link set "pp$$h" up
    ip netns exec "$ns" ip addr add "$net.2/30" dev "pp$$n"
    ip netns exec "$ns" ip link set "pp$$n" up
    ip netns exec "$ns" ip link set lo up
    # The PC knows the server's hardware address for good: when the cable is cut, its
    # packets go out and are lost, rather than failing at once with "no route to host".
    mac=$(ip netns exec "$ns" cat "/sys/class/net/pp$$n/address")
    ip neigh replace "$net.2" lladdr "$mac" dev "pp$$h" nud permanent
    started=$(PASSERELLE_PG_HOST="$net.2" PASSERELLE_PG_NETNS="$ns" PASSERELLE_PG_NO_INSTALL=1 \
      bash "$here/test-postgres.sh")
    echo "$ns"
    echo "$started"
    ;;
  cut | mend)
    ns=$2
    link=$(ip netns exec "$ns" ip -o link show type veth | awk -F': ' '{print $2}' | cut -d@ -f1)
    # The server's end of the cable goes down: the PC's packets are lost on the way and
    # nothing comes back, not even a refusal.
    if [ "$1" = cut ]; then state=down; else state=up; fi
    ip netns exec "$ns" ip link set "$link" "$state"
    ;;
  stop)
    bash "$here/test-postgres.sh" stop "$3" || true
    ip netns del "$2" 2>/dev/null || true
    ;;
  *)
    echo "usage: $0 start | cut NS | mend NS | stop NS DIR" >&2
    exit 2
    ;;
esac
