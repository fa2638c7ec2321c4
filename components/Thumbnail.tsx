interface Props {
  src: string;
  alt: string;
  variant: "post" | "card";
}

/**
 * The thumbnail in a fixed aspect-ratio box (no layout shift). On the article it loads eagerly with
 * high priority; on cards lazily. No Referer is sent: news CDNs refuse hot-linked images that carry one.
 * A failed image is hidden by the head script and the box shows a neutral placeholder.
 */
export function Thumbnail({ src, alt, variant }: Props) {
  const post = variant === "post";
  return (
    <div className={`thumb ${post ? "aspect-[16/9] w-full rounded" : "aspect-[4/3] w-full rounded-sm"}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- remote news CDNs: no host allowlist, no optimizer */}
      <img
        src={src}
        alt={alt}
        loading={post ? "eager" : "lazy"}
        fetchPriority={post ? "high" : "low"}
        decoding="async"
        referrerPolicy="no-referrer"
      />
    </div>
  );
}
