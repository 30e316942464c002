#!/usr/bin/env bash
# The date-sensitive tests under other clocks and zones: Debian's faketime moves the process's
# clock (it keeps running from the instant given), TZ changes the machine's zone. Tests must pass
# at every instant; those that need a date set the app's clock themselves.
# Usage: tests/run_under_clocks.sh PYTHON [pytest arguments...]
set -euo pipefail
python=$1
shift
if ! command -v faketime >/dev/null; then
    echo "faketime is not installed (Debian: apt-get install faketime)" >&2
    exit 1
fi
# zone | instant in that zone | why
clocks=(
    "America/New_York|2026-12-01 13:30:00|Tuesday afternoon: this week's Tuesday over, Wednesday to come"
    "America/New_York|2026-12-02 10:00:00|Wednesday 10:00 New York"
    "America/New_York|2027-03-14 02:30:00|spring-forward Sunday, 02:30 New York"
    "America/New_York|2026-12-31 23:30:00|New Year's Eve, 23:30"
    "America/New_York|2028-02-29 12:00:00|29 February"
    "Pacific/Auckland|2026-12-02 08:00:00|Auckland morning (still the day before in New York)"
    "UTC|2026-12-02 03:00:00|UTC, past midnight (still the day before in New York)"
)
# The clock matters to the dates, not to the database: these runs stay on SQLite.
export COLLAB_TEST_DATABASES=${COLLAB_TEST_DATABASES:-sqlite}
failed=0
for entry in "${clocks[@]}"; do
    IFS='|' read -r zone instant why <<<"$entry"
    echo "== $why: $instant $zone"
    for attempt in 1 2; do
        rc=0
        # (Through bash, which reports a crash as 128 + the signal; faketime itself says 1.)
        TZ=$zone faketime -f "@$instant" env QT_QPA_PLATFORM=offscreen \
            bash -c '"$@"; exit $?' _ "$python" -m pytest -q -p no:cacheprovider "$@" || rc=$?
        # A run killed by a signal (above 128: a crash, not a failed test) is run once more:
        # libfaketime 0.9.10 wraps the pthread condition variables that Qt's threads wait on,
        # and one run in many crashed in a Qt thread there; the same tests never crash without
        # it (`make test`). A second crash fails like a failed test.
        if ((rc > 128 && attempt == 1)); then
            echo "== crashed (exit $rc) under the clock: $instant $zone; running it once more" >&2
            continue
        fi
        break
    done
    if ((rc != 0)); then
        echo "FAILED under the clock: $instant $zone ($why)" >&2
        failed=1
    fi
done
exit $failed
