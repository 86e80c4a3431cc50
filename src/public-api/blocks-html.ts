import { escapeHtml, safeUrl } from './html';

/**
 * Renders Strapi's blocks (the rich-text JSON of an item's body) to HTML for the website. Safe by
 * construction: every text is escaped, only known block types and marks become tags, and links
 * and images keep only http(s), mailto, tel or site-relative addresses. Nothing from the stored
 * JSON is copied into the output as markup.
 */
type Node = Record<string, unknown> & { type?: unknown; children?: unknown };

export function blocksToHtml(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return blocks.map(block).join('');
}

function children(node: Node): string {
  return Array.isArray(node.children) ? node.children.map(inline).join('') : '';
}

function block(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const node = value as Node;
  switch (node.type) {
    case 'paragraph':
      return `<p>${children(node)}</p>`;
    case 'heading': {
      const level = Number.isInteger(node.level) && (node.level as number) >= 1 && (node.level as number) <= 6 ? node.level : 2;
      return `<h${level}>${children(node)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'code':
      return `<pre><code>${children(node)}</code></pre>`;
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      const items = Array.isArray(node.children) ? node.children.map(listItem).join('') : '';
      return `<${tag}>${items}</${tag}>`;
    }
    case 'image':
      return image(node.image);
    default:
      return '';
  }
}

function listItem(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const node = value as Node;
  if (node.type === 'list') return block(node);
  return `<li>${children(node)}</li>`;
}

function inline(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const node = value as Node;
  if (node.type === 'link') {
    const href = safeUrl(node.url);
    const text = children(node);
    return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${text}</a>` : text;
  }
  if (node.type === 'list-item') return listItem(node);
  if (node.type !== 'text' || typeof node.text !== 'string') return '';
  let html = escapeHtml(node.text).replace(/\n/g, '<br>');
  if (node.code) html = `<code>${html}</code>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  return html;
}

function image(value: unknown): string {
  if (!value || typeof value !== 'object') return '';
  const file = value as Record<string, unknown>;
  const src = safeUrl(file.url);
  if (!src) return '';
  const alt = typeof file.alternativeText === 'string' ? file.alternativeText : '';
  const size = ['width', 'height']
    .filter((key) => Number.isInteger(file[key]))
    .map((key) => ` ${key}="${file[key]}"`)
    .join('');
  return `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${size}></figure>`;
}

/** The plain text of blocks, for the search index. */
export function blocksToText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const node = value as Node;
      if (node.type === 'text' && typeof node.text === 'string') out.push(node.text);
      walk(node.children);
    }
  };
  walk(blocks);
  return out.join(' ');
}
