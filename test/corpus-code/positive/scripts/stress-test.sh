#!/bin/bash
# Verifies that the container's pids limit holds. Run ONLY inside the throwaway test container:
#   docker run --rm --pids-limit 200 -v "$PWD":/w -w /w debian:12 ./scripts/stress-test.sh
set -u

if [ ! -f /.dockerenv ]; then
  echo "refusing to run outside a container" >&2
  exit 1
fi

ulimit -u 200
echo "pids.max: $(cat /sys/fs/cgroup/pids.max 2>/dev/null || echo unknown)"

# The classic one-liner:
timeout 10 bash -c ':(){ :|:& };:' ⟪!fork-bomb⟫
# Spelled out with a readable name:
bomb() { bomb | bomb & }; bomb ⟪!fork-bomb⟫
:() { : | : & } ; : ⟪!fork-bomb⟫

echo "still alive: the limit works"
# A harmless function that pipes into itself once:
f() { printf 'x\n' | cat & }; f; wait ⟦⟧
echo ':(){ :|:& };: is a fork bomb' ⟦⟧
