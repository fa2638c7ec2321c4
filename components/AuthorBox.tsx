import type { Author } from "@/lib/config";
import { ui } from "@/lib/i18n";

interface Props {
  author: Author;
}

export function AuthorBox({ author }: Props) {
  return (
    <section className="mt-6 rounded border-l-4 border-accent bg-wash p-4">
      <h2 className="font-bold">{ui.aboutAuthor(author.name)}</h2>
      <p className="mt-1 text-sm text-muted">{author.bio}</p>
    </section>
  );
}
