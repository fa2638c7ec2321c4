/**
 * npm run docs
 * Writes the README's front-matter table from lib/content/schema.ts (between its two marker
 * comments), so the table and the parser never disagree. A unit test fails when it is out of date.
 */
import fs from "node:fs";
import path from "node:path";
import { siteConfig } from "../lib/config";
import { frontMatterTable, withFrontMatterTable } from "../lib/content/schema";

const readme = path.join(process.cwd(), "README.md");
const before = fs.readFileSync(readme, "utf8");
const after = withFrontMatterTable(before, frontMatterTable(siteConfig));
if (after !== before) fs.writeFileSync(readme, after);
console.log(after === before ? "README.md is up to date" : "README.md: front-matter table rewritten");
