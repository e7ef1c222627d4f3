#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Our `maestro` against MaestroNG 0.8.3, side by side on the same two daemons (issue 16).

  tests/bench/sidebyside/sidebyside.py [--runs N] [--maestro PATH] [--reference DIR]
                                       [--only 60|32]

Starts the two ships of tests/integration/orchestration/orchships.sh (orch1 on a unix
socket, orch2 reached over TCP), writes two environments whose containers ignore SIGTERM,
so every stop waits its 10 s timeout:
  60 instances, 4 dependent levels of 15 (8 on orch1, 7 on orch2 per level)
  32 instances, 2 dependent levels of 16 (8 per ship per level)
and runs start, status, stop -a, clean with both tools, interleaved (ours, MaestroNG, ours,
...), through the reference runner's bench.py. Prints a table (min-max of the runs, ratio
of the medians), the load averages seen and the command that reproduces it; stops the ships
(their containers, daemons and bridges) by PID, also when interrupted.

The reference runner (--reference, default ../shared/reference beside the repository)
needs MAESTRO_NG_GIT (a fetched signalfx/maestro-ng) or MAESTRO_NG_SRC, and Debian's
python3-docker python3-yaml python3-jinja2 python3-requests python3-six python3-netifaces.
Run as root (the ships are real dockerd processes). Not a test: it asserts no time.
"""
import argparse
import json
import os
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
SHIPS = os.path.join(REPO, 'tests', 'integration', 'orchestration', 'orchships.sh')
COMMANDS = ['start', 'status', 'stop -a', 'clean']
# (file stem, levels, instances per level): the two environments of issue 16.
ENVIRONMENTS = {'60': ('sbs60', 4, 15), '32': ('sbs32', 2, 16)}


def environment_yaml(ships, stem, levels, per_level):
    """A file both tools accept: MaestroNG 0.8.3's schema only, no extensions of ours.

    Instances alternate between the ships, so a level of 16 puts 8 on each. bench.py finds
    the instance names by their six-space indent, which this layout keeps.
    """
    # MaestroNG's default API version (1.18) is older than these daemons accept for
    # everything; both tools then speak 1.41.
    lines = ['name: {}'.format(stem),
             'ship_defaults: {api_version: "1.41"}',
             'ships:',
             '  orch1: {{ip: 127.0.0.1, socket_path: {}}}'.format(ships['MDT_ORCH1_SOCKET']),
             '  orch2: {{ip: 127.0.0.1, docker_port: {}}}'.format(ships['MDT_ORCH2_TCP_PORT']),
             'services:']
    for level in range(levels):
        lines += ['  {}-l{}:'.format(stem, level), '    image: ' + ships['MDT_ORCH_IMAGE']]
        if level:
            lines.append('    requires: [{}-l{}]'.format(stem, level - 1))
        lines.append('    instances:')
        for i in range(per_level):
            # PID 1 ignores SIGTERM, as a shell or many servers do: a stop takes the timeout.
            lines += ['      {}-l{}-{:02d}:'.format(stem, level, i),
                      '        ship: orch{}'.format(i % 2 + 1),
                      '        stop_timeout: 10',
                      '        command: [sh, -c, "trap \\"\\" TERM; while true; do sleep 1; done"]']
    return '\n'.join(lines) + '\n'


def read_env(path):
    with open(path) as f:
        return dict(line.rstrip('\n').split('=', 1) for line in f if '=' in line)


def span(values, fmt='{:.2f}'):
    lo, hi = min(values), max(values)
    return fmt.format(lo) if fmt.format(lo) == fmt.format(hi) else \
        (fmt + '-' + fmt).format(lo, hi)


def table(results):
    """Markdown rows: environment, command, ours, MaestroNG, ratio of the medians."""
    out = ['| environment | command | ours | MaestroNG | ours / MaestroNG |',
           '|---|---|---|---|---|']
    problems = []
    for label, count, _, rows in results:
        first = True
        for cmd in COMMANDS:
            secs = {tool: [r['sec'] for r in rows if r['cmd'] == cmd and r['tool'] == tool]
                    for tool in ('ours', 'ref')}
            if not secs['ours'] or not secs['ref']:
                continue
            ratio = statistics.median(secs['ours']) / statistics.median(secs['ref'])
            out.append('| {} | {} | {} s | {} s | {:.2f} |'.format(
                label if first else '', cmd, span(secs['ours']), span(secs['ref']), ratio))
            first = False
        for r in rows:
            # A failed command or a start that left instances down would make its time
            # meaningless; say so next to the table instead of hiding it in the JSON.
            if r['rc'] != 0 or r.get('running', count) != count:
                problems.append('{} run {}: {} {} exited {}, {} of {} running'.format(
                    label, r['run'], r['tool'], r['cmd'], r['rc'],
                    r.get('running', '-'), count))
    return out, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--runs', type=int, default=2)
    parser.add_argument('--maestro', default=os.path.join(REPO, 'build', 'src', 'cli', 'maestro'))
    parser.add_argument('--reference',
                        default=os.path.join(os.path.dirname(REPO), 'shared', 'reference'))
    parser.add_argument('--only', choices=sorted(ENVIRONMENTS), action='append')
    args = parser.parse_args()
    maestro = os.path.abspath(args.maestro)
    bench = os.path.join(os.path.abspath(args.reference), 'bench.py')
    for path in (maestro, bench):
        if not os.access(path, os.X_OK):
            sys.exit('sidebyside: {} is missing or not executable'.format(path))
    if not os.environ.get('MAESTRO_NG_GIT') and not os.environ.get('MAESTRO_NG_SRC'):
        print('sidebyside: neither MAESTRO_NG_GIT nor MAESTRO_NG_SRC is set; the reference '
              'runner uses /tmp/ref/maestro-ng if it is there', file=sys.stderr)

    # SIGTERM (a CI timeout, kill PID) unwinds through the finally below like Ctrl+C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    work = tempfile.mkdtemp(prefix='mdt-sidebyside.')
    results = []
    try:
        subprocess.run([SHIPS, 'start', work], check=True, stdout=subprocess.DEVNULL)
        ships = read_env(os.path.join(work, 'orch.env'))
        env = dict(os.environ, OURS=maestro,
                   SOCKS=ships['MDT_ORCH1_SOCKET'] + ' ' + ships['MDT_ORCH2_SOCKET'])
        for key in args.only or ['60', '32']:
            stem, levels, per_level = ENVIRONMENTS[key]
            path = os.path.join(work, stem + '.yaml')
            with open(path, 'w') as f:
                f.write(environment_yaml(ships, stem, levels, per_level))
            out = os.path.join(work, stem + '.json')
            print('== {}: {} instances, {} levels, {} runs'.format(
                path, levels * per_level, levels, args.runs), flush=True)
            subprocess.run([bench, 'lifecycle', path, str(args.runs), out], env=env, check=True)
            with open(out) as f:
                rows = json.load(f)
            label = '{} instances, {} levels ({} per level: {} on orch1, {} on orch2)'.format(
                levels * per_level, levels, per_level, per_level - per_level // 2, per_level // 2)
            results.append((label, levels * per_level, levels, rows))
    finally:
        subprocess.run([SHIPS, 'stop', work])
        subprocess.run(['rm', '-rf', work])

    lines, problems = table(results)
    print()
    print('\n'.join(lines))
    loads = [r['load1'] for *_, rows in results for r in rows]
    if loads:
        print('\nload average (1 min) before the commands: {}; {} cores'.format(
            span(loads), os.cpu_count()))
    # What no tool can beat: a level's stops run together and each waits its whole timeout.
    for label, _, levels, _ in results:
        print('stop -a limit for {}: {} s (one 10 s timeout per level)'.format(label, 10 * levels))
    for p in problems:
        print('PROBLEM: ' + p)
    print('\nreproduce: MAESTRO_NG_GIT={} {}'.format(
        shlex.quote(os.environ.get('MAESTRO_NG_GIT', '<signalfx/maestro-ng git dir>')),
        ' '.join(shlex.quote(a) for a in [sys.argv[0]] + sys.argv[1:])))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
