/** Helpers the benchmark scripts share: process-tree memory, timed runs, waiting for a server. */
import { execSync, spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Total resident memory of a process and all its descendants, in bytes. */
export function treeRss(root: number): number {
  const rows = execSync("ps -eo pid=,ppid=,rss=", { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number));
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , r]) => [pid, r]));
  let total = 0;
  for (const stack = [root]; stack.length;) {
    const pid = stack.pop()!;
    total += (rss.get(pid) ?? 0) * 1024;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a shell command, sampling the memory of its whole process tree: wall time, peak, output. */
export function runMeasured(
  cmd: string,
  env: Record<string, string>,
  cwd = process.cwd(),
): Promise<{ ms: number; peak: number; log: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn("sh", ["-c", cmd], { env: { ...process.env, ...env }, cwd });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    let peak = 0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, treeRss(child.pid!));
      } catch {
        /* the process just ended */
      }
    }, 200);
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, peak, log });
      else reject(new Error(`${cmd} exited ${code}\n${log.slice(-3000)}`));
    });
  });
}

/** Waits until `url` answers 200 (up to 20 s). */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}
