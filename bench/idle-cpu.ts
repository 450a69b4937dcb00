// Idle CPU: one web shell in Chromium with two accounts registered at the lab's Kamailio (1001, 1002) and
// 50 BLF keys from provisioning (targets 2001..2050, lab subscribers, watched through Kamailio's
// presence server), left alone for `BENCH_IDLE_S` seconds (default 60) once every lamp shows its state.
// CPU time from /proc/<pid>/stat (utime + stime) of the web shell process (main) and of every Chromium
// renderer process of the phone's browser (the page's and the browser's spare ones; their sum), as a
// share of one core. The page shows the BLF tab. Target: < 0.5 % for main and for the renderer.
//   bash tests/lab/with-lab.sh node --experimental-transform-types --import ./bench/register-loader.mjs bench/idle-cpu.ts
import { startHttpServer } from '../tests/lab/https-server';
import { DEFAULT_USERS, startKamailio } from '../tests/lab/kamailio';
import { makeTempDir } from '../tests/support/temp-dir';
import { BenchPhone, cpuSeconds } from './support/bench-phone';
import { until } from './support/bounded';
import { printResult, runBench } from './support/figures';

const IDLE_S = Number(process.env['BENCH_IDLE_S'] ?? 60);
const KEYS = 50;
const TARGET_PERCENT = 0.5;

const blfUsers = Array.from({ length: KEYS }, (_, i) => ({
  username: `${2001 + i}`,
  password: `bench-blf-${2001 + i}`,
}));

async function main(): Promise<void> {
  const temp = makeTempDir('softphone-bench-idle-');
  const lab = await startKamailio({ users: [...DEFAULT_USERS, ...blfUsers] });
  const server = await startHttpServer({
    routes: {
      '/blf.json': {
        body: JSON.stringify({
          format: 'softphone-provisioning',
          version: 1,
          blfKeys: blfUsers.map((u) => ({ label: `Colleague ${u.username}`, target: u.username })),
        }),
        contentType: 'application/json',
      },
    },
  });
  const phone = new BenchPhone('A', ['1001', '1002'], 440, temp.dir);
  try {
    await phone.start(lab);
    await phone.client.request('settings.set', {
      key: 'functions.provisioning.allowInsecureHttp',
      value: true,
    });
    await phone.client.request('provisioning.run', { url: `${server.url}/blf.json` });
    await phone.waitUntilRegistered();
    await phone.page.goto(phone.page.url());
    // the BLF tab shows the 50 lamps: the renderer keeps them up to date while idle
    await phone.page.getByTestId('tab-blf').click({ timeout: 10_000 });
    let lamps: string[] = [];
    const settled = await until(
      async () => {
        const keys = await phone.client.request('blf.list', {});
        lamps = keys.map((k) => k.lamp);
        return keys.length === KEYS && lamps.every((l) => l === 'idle');
      },
      60_000,
      250,
    );
    const counts = lamps.reduce<Record<string, number>>((all, l) => ({ ...all, [l]: (all[l] ?? 0) + 1 }), {});
    console.log(
      `BLF keys ${lamps.length}, lamps ${JSON.stringify(counts)}${settled ? '' : ' (not all idle after 60 s)'}`,
    );
    // let start-up work (first renders, subscriptions' 200s) finish before the idle window
    await new Promise((resolve) => setTimeout(resolve, 5_000));

    const renderers = (await phone.browserProcesses()).filter((p) => p.type === 'renderer').map((p) => p.id);
    const sum = async (pids: number[]): Promise<number> => {
      let total = 0;
      for (const pid of pids) total += await cpuSeconds(pid).catch(() => 0);
      return total;
    };
    const mainBefore = await cpuSeconds(phone.shell.pid);
    const rendererBefore = await sum(renderers);
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, IDLE_S * 1000));
    const seconds = (performance.now() - started) / 1000;
    const mainPercent = (((await cpuSeconds(phone.shell.pid)) - mainBefore) / seconds) * 100;
    const rendererPercent = (((await sum(renderers)) - rendererBefore) / seconds) * 100;
    const registered = await phone.registered();
    console.log(
      `idle ${seconds.toFixed(0)} s: main ${mainPercent.toFixed(2)} % of a core, renderer ${rendererPercent.toFixed(2)} % ` +
        `(${renderers.length} renderer processes); still registered ${registered}`,
    );
    printResult(
      'idle-cpu',
      [
        {
          name: 'main (web shell process) CPU, idle',
          unit: '% core',
          value: mainPercent,
          target: { of: 'value', below: TARGET_PERCENT },
        },
        {
          name: `renderer CPU, idle (sum of ${renderers.length} renderer processes)`,
          unit: '% core',
          value: rendererPercent,
          target: { of: 'value', below: TARGET_PERCENT },
        },
        {
          name: 'BLF lamps showing a state (idle) before the window',
          unit: 'count',
          value: counts['idle'] ?? 0,
          target: { of: 'value', equals: KEYS },
        },
      ],
      [
        `${IDLE_S} s window, 2 registered accounts, ${KEYS} BLF keys; /proc/<pid>/stat utime+stime, 10 ms resolution`,
        `main is the web shell in Node (the Electron main process is not measured here)`,
      ],
    );
  } finally {
    await phone.stop().catch(() => undefined);
    await server.stop();
    await lab.stop();
    temp.cleanup();
  }
}

runBench(main);
