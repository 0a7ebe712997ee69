// The only way the dashboard makes DOM: elements with text nodes. Nothing from the API ever goes through
// innerHTML, so article text such as `<script>` or `<img onerror>` stays text.
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | boolean | undefined>> = {},
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error(`h(): event attributes are not allowed (${name})`);
    el.setAttribute(name, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** A link to a dashboard route. */
export function route(path: string, text: Child, attrs: Readonly<Record<string, string>> = {}): HTMLAnchorElement {
  return h('a', { ...attrs, href: `#${path}` }, text);
}

/** An outside link, only for http(s) URLs: `javascript:` and the like from a feed stay plain text. */
export function external(url: string | null, text: string): Node {
  if (url === null || !/^https?:\/\//i.test(url)) return document.createTextNode(text);
  return h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, text);
}

export function replace(el: Element, ...children: readonly (Child | readonly Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}
