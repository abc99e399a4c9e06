/**
 * The one way the pane builds its DOM: elements with attributes and text children. Text always goes in as
 * text nodes (textContent), never as HTML, so nothing a user types or a workbook holds can become markup.
 */
export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  text?: string;
  /** Plain attributes (aria-*, role, for, type...). */
  attrs?: Record<string, string>;
}

export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.id) element.id = props.id;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  append(element, ...children);
  return element;
};

export const append = (parent: Node, ...children: Child[]): void => {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
};

let counter = 0;
/** A document-unique id for label/aria wiring. */
export const uniqueId = (prefix: string): string => `${prefix}-${++counter}`;

/** Calls `action` once typing has paused for `delayMs`. */
export const debounce = <A extends unknown[]>(action: (...args: A) => void, delayMs: number): ((...args: A) => void) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action(...args);
    }, delayMs);
  };
};
