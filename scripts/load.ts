/**
 * npm run load -- [--duration 30] [--connections 64] [--port 3250]
 * Load test of the Node host: starts `next start` on 127.0.0.1 (on the existing `npm run build`),
 * warms every URL once, then runs autocannon for --duration seconds with --connections connections
 * over a mix of article, list, tag, feed and search URLs (plus a few unknown URLs, whose 404 is
 * intended), and stops the server. Prints requests per second, latency percentiles, errors and any
 * status other than the one each URL should answer. A benchmark, not a CI gate.
 */
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { getIndex } from "../lib/content";
import { activeTaxonomies } from "../lib/content/queries";
import { articleUrl, feedUrl, homeUrl, searchUrl, taxonomyUrl, termUrl } from "../lib/urls";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}
const duration = arg("duration", 30);
const connections = arg("connections", 64);
const port = arg("port", 3250);
const origin = `http://127.0.0.1:${port}`;

/** The mix: weights are how often a reader's request is of each kind. */
function urlMix(): { path: string; status: number }[] {
  const index = getIndex();
  const pick = <T>(list: T[], n: number) => list.slice(0, n);
  const taxonomies = activeTaxonomies(index);
  const terms = taxonomies.flatMap((t) => pick(index.terms[t], 5).map((term) => ({ t, slug: term.slug })));
  const weighted: [string[], number, number][] = [
    [pick(index.articles, 50).map((a) => articleUrl(a.slug)), 45, 200],
    [[homeUrl(), homeUrl(2)], 15, 200],
    [[...taxonomies.map((t) => taxonomyUrl(t)), ...terms.map(({ t, slug }) => termUrl(t, slug))], 20, 200],
    [[feedUrl(), "/sitemap.xml", ...terms.slice(0, 3).map(({ t, slug }) => feedUrl(t, slug))], 10, 200],
    [[searchUrl(), searchUrl("航运")], 5, 200],
    [["/posts/no-such-article/", "/tags/no-such-tag/"], 5, 404],
  ];
  const out: { path: string; status: number }[] = [];
  for (const [paths, weight, status] of weighted) {
    for (let i = 0; i < weight * 4; i++) out.push({ path: encodeURI(decodeURI(paths[i % paths.length])), status });
  }
  // A fixed shuffle, so every run sends the same sequence.
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function waitUp(deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer on ${origin} in time`);
}

async function main() {
  const mix = urlMix();
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  try {
    await waitUp(Date.now() + 60_000);
    const unique = [...new Map(mix.map((u) => [u.path, u])).values()];
    for (const u of unique) {
      const res = await fetch(origin + u.path);
      await res.arrayBuffer();
      if (res.status !== u.status) throw new Error(`warm-up: ${u.path} answered ${res.status}, not ${u.status}`);
    }
    const unexpected = new Map<string, number>();
    const result = await autocannon({
      url: origin,
      connections,
      duration,
      requests: mix.map((u) => ({
        method: "GET" as const,
        path: u.path,
        onResponse: (status: number) => {
          if (status !== u.status)
            unexpected.set(`${u.path} → ${status}`, (unexpected.get(`${u.path} → ${status}`) ?? 0) + 1);
        },
      })),
    });
    const l = result.latency;
    console.log(
      `${unique.length} URLs (${mix.length}-request cycle), ${connections} connections, ${duration} s on ${origin}`,
    );
    console.log(
      `requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s mean, ${result.requests.p50}/s median)`,
    );
    console.log(`latency: p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms`);
    console.log(
      `throughput: ${(result.throughput.average / 1048576).toFixed(1)} MB/s; errors ${result.errors}, timeouts ${result.timeouts}; 2xx ${result["2xx"]}, 4xx ${result["4xx"]} (intended 404s), 5xx ${result["5xx"]}`,
    );
    console.log(
      unexpected.size
        ? `UNEXPECTED statuses:\n${[...unexpected].map(([k, n]) => `  ${k} ×${n}`).join("\n")}`
        : "every response had the intended status",
    );
    process.exitCode = result.errors || result.timeouts || result["5xx"] || unexpected.size ? 1 : 0;
  } finally {
    stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
