/**
 * npm run new -- "标题" [--tags a,b] [--category c] [--lang en]
 * Writes a new draft article with the full front matter into the content folder and prints its path.
 */
import fs from "node:fs";
import path from "node:path";
import { contentDir } from "../lib/config";
import { newArticleSlug, newArticleText } from "../lib/content/new-article";

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const split = (v?: string) =>
  v
    ? v
        .split(/[,，]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const tags = split(option("tags"));
const categories = split(option("category") ?? option("categories"));
const lang = option("lang");
const title = argv.join(" ").trim();
if (!title) {
  console.error('usage: npm run new -- "标题" [--tags a,b] [--category c] [--lang en]');
  process.exit(1);
}

const dir = contentDir();
fs.mkdirSync(dir, { recursive: true });
const base = newArticleSlug(title);
let file = path.join(dir, `${base}.md`);
for (let n = 2; fs.existsSync(file); n++) file = path.join(dir, `${base}-${n}.md`);
fs.writeFileSync(file, newArticleText({ title, tags, categories, lang }), { flag: "wx" });
console.log(path.relative(process.cwd(), file));
