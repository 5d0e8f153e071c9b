// Markdown building blocks for hovers and tooltips: article text is always escaped, links only ever run our
// own commands with JSON arguments.

/** Escapes text so Markdown shows it literally (no links, emphasis, HTML or entities). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~$:]/g, '\\$&');
}

/** A `command:` URI with its arguments encoded the way VS Code decodes them (a JSON array). */
export function commandUri(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** `[label](command:…)`; the label is escaped here, the tooltip too. */
export function commandLink(label: string, command: string, args: unknown[], title?: string): string {
  const t = title ? ` "${title.replace(/["\\]/g, '').replace(/[\r\n]+/g, ' ')}"` : '';
  return `[${escapeMarkdown(label)}](${commandUri(command, ...args)}${t})`;
}
