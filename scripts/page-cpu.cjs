// Per-page CPU of the prerender, for `npm run bench` (never loaded by the site itself).
//
// The benchmark starts `next build` with NODE_OPTIONS="--require <this file>" and BENCH_PAGE_CPU=<log
// file>; Next passes both on to its build workers. In a worker, Next's `exportPages` (one call renders
// a batch of pages, eight at a time) is replaced by one that renders the same pages one after the
// other and appends, for each, its route and the CPU time (user + system, microseconds) the worker
// process spent on it, one line per page. Rendering one page at a time makes the CPU of a page
// its own; it costs a little wall time (no overlap of one page's file writes with the next render).
// Routes are logged as Next names them (`/posts/[slug]/page`), then the page's path: `<route>\t<µs>\t<path>`.
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload: it patches require() itself */
const Module = require("node:module");
const fs = require("node:fs");

const log = process.env.BENCH_PAGE_CPU;
const profiles = process.env.BENCH_CPU_PROF;

// With BENCH_CPU_PROF=<dir>: a CPU profile of each exportPages call (the prerender only) in <dir>.
// Next's own --experimental-cpu-prof writes a worker's profile when it exits, and the build kills
// its workers: only the main process's profile is written.
function profiler() {
  if (!profiles) return null;
  const inspector = require("node:inspector");
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
  const started = post("Profiler.enable").then(() => post("Profiler.start"));
  return {
    async stop() {
      await started;
      const { profile } = await post("Profiler.stop");
      fs.mkdirSync(profiles, { recursive: true });
      fs.writeFileSync(`${profiles}/prerender-${process.pid}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
if (log && process.env.IS_NEXT_WORKER) {
  const load = Module._load;
  const wrapped = new WeakMap();
  Module._load = function (request, ...rest) {
    const exports = load.call(this, request, ...rest);
    if (!/[\\/]export[\\/]worker(\.js)?$/.test(request)) return exports;
    if (!wrapped.has(exports)) {
      const exportPages = async (input) => {
        const profile = profiler();
        const results = [];
        // What one call costs before its first page (incremental cache, bindings): logged apart.
        const setup = process.cpuUsage();
        await exports.exportPages({ ...input, exportPaths: [] });
        const setupUsed = process.cpuUsage(setup);
        fs.appendFileSync(log, `#setup\t${setupUsed.user + setupUsed.system}\n`);
        for (const exportPath of input.exportPaths) {
          const start = process.cpuUsage();
          results.push(...(await exports.exportPages({ ...input, exportPaths: [exportPath] })));
          const used = process.cpuUsage(start);
          fs.appendFileSync(log, `${exportPath.page}\t${used.user + used.system}\t${exportPath.path}\n`);
        }
        await profile?.stop();
        return results;
      };
      wrapped.set(exports, new Proxy(exports, { get: (t, k) => (k === "exportPages" ? exportPages : t[k]) }));
    }
    return wrapped.get(exports);
  };
}
