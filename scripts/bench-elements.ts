/**
 * npx tsx scripts/bench-elements.ts [--pages N]
 *
 * What a prerendered App Router page pays for its markup: elements or bytes? Builds a scratch app
 * (.next-bench-elements/, never part of the site) whose one route renders, by page number, one of
 * three pages: a bare title; the title and a list of 150 terms as JSX (750 elements, 18 KB of HTML);
 * the title and the same list as one HTML string (dangerouslySetInnerHTML). The three are
 * interleaved (page n is variant n % 3), so warm-up and load fall on all of them alike. Prints the
 * median CPU of each (scripts/page-cpu.cjs, inside the build workers) and the HTML size. Why the
 * site writes its long repeated lists as strings (lib/html.ts, components/markup.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { median, runMeasured } from "./measure";

const args = process.argv.slice(2);
const PAGES = Number(args[args.indexOf("--pages") + 1]) || 300;
const ROOT = process.cwd();
const APP = path.join(ROOT, ".next-bench-elements");
const LOG = path.join(APP, "page-cpu.tsv");
const VARIANTS = ["bare title", "list as JSX", "list as an HTML string"];

const files: Record<string, string> = {
  "next.config.mjs": `export default { output: "export", trailingSlash: true, experimental: { cpus: Number(process.env.BUILD_CPUS) || 2 } };\n`,
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/p/[n]/page.jsx": `const terms = Array.from({ length: 150 }, (_, i) => ({ slug: "term-" + i, name: "Term name " + i, count: i * 3 }));
const html = terms
  .map((t) => '<li><a href="/tags/' + t.slug + '/">' + t.name + '<span aria-hidden="true">' + t.count + '</span><span class="sr-only">(' + t.count + ' articles)</span></a></li>')
  .join("");

export function generateStaticParams() {
  return Array.from({ length: ${PAGES * 3} }, (_, i) => ({ n: String(i) }));
}

export default async function Page({ params }) {
  const n = Number((await params).n);
  const title = <h1>Article {n}</h1>;
  if (n % 3 === 0) return title;
  if (n % 3 === 2) return <>{title}<ul className="term-rows" dangerouslySetInnerHTML={{ __html: html }} /></>;
  return (
    <>
      {title}
      <ul className="term-rows">
        {terms.map((t) => (
          <li key={t.slug}>
            <a href={"/tags/" + t.slug + "/"}>
              {t.name}
              <span aria-hidden="true">{t.count}</span>
              <span className="sr-only">{"(" + t.count + " articles)"}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
`,
};

async function main() {
  fs.rmSync(APP, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(APP, name)), { recursive: true });
    fs.writeFileSync(path.join(APP, name), text);
  }
  const env = { BENCH_PAGE_CPU: LOG, NODE_OPTIONS: `--require=${path.join(ROOT, "scripts", "page-cpu.cjs")}` };
  const { ms } = await runMeasured(`npx next build ${path.basename(APP)}`, env, ROOT);
  const cpu: number[][] = [[], [], []];
  for (const line of fs.readFileSync(LOG, "utf8").split("\n")) {
    const [route, micros, page] = line.split("\t");
    const n = Number(/\/p\/(\d+)/.exec(page ?? "")?.[1]);
    if (route === "/p/[n]/page" && Number.isInteger(n)) cpu[n % 3].push(Number(micros) / 1000);
  }
  const size = (n: number) => fs.statSync(path.join(APP, "out", "p", String(n), "index.html")).size;
  console.log(`${PAGES} pages of each, one build (${(ms / 1000).toFixed(1)} s); CPU of one page, median:`);
  VARIANTS.forEach((name, v) =>
    console.log(`  ${name.padEnd(24)} ${median(cpu[v]).toFixed(1)} ms   HTML ${(size(v) / 1024).toFixed(1)} KB`),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
