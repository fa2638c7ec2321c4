import { inlineJson } from "@/lib/xml";

interface Props {
  data: Record<string, unknown>;
}

/** Structured data for search engines; `<` is escaped so no value can close the script element. */
export function JsonLd({ data }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: inlineJson(data) }} />;
}
