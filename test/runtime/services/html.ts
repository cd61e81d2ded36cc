import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuntimeContext } from '../context';
import { exception } from './errors';
import { enumOf, expose } from './expose';

/** https://developers.google.com/apps-script/reference/html/html-service */
export const SandboxMode = enumOf('EMULATED', 'IFRAME', 'NATIVE');
export const XFrameOptionsMode = enumOf('ALLOWALL', 'DEFAULT');

type Out = GoogleAppsScript.HTML.HtmlOutput;

/** HtmlOutput. Internal `_` fields let the Ui service read it without counting. */
export class HtmlOutputImpl {
  _self?: Out;
  _title = '';
  _width: number | undefined;
  _height: number | undefined;
  _sandbox = 'IFRAME';
  _xframe = 'DEFAULT';
  constructor(public _content: string) {}
  private me(): Out {
    return this._self as Out;
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string): Out {
    this._content = String(content);
    return this.me();
  }
  append(addedContent: string): Out {
    this._content += String(addedContent);
    return this.me();
  }
  appendUntrusted(addedContent: string): Out {
    this._content += escapeHtml(String(addedContent));
    return this.me();
  }
  clear(): Out {
    this._content = '';
    return this.me();
  }
  getTitle(): string {
    return this._title;
  }
  setTitle(title: string): Out {
    this._title = String(title);
    return this.me();
  }
  /** Unset sizes read as 0 here (Apps Script leaves them to the container). */
  getWidth(): number {
    return this._width ?? 0;
  }
  setWidth(width: number): Out {
    this._width = width;
    return this.me();
  }
  getHeight(): number {
    return this._height ?? 0;
  }
  setHeight(height: number): Out {
    this._height = height;
    return this.me();
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): Out {
    this._sandbox = String(mode);
    return this.me();
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): Out {
    this._xframe = String(mode);
    return this.me();
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Compiles template text with scriptlets (<? code ?>, <?= printed, escaped ?>,
 * <?!= printed raw ?>; https://developers.google.com/apps-script/guides/html/templates)
 * into JavaScript run inside the bundle's vm, so scriptlets see the bundle's
 * globals; template variables are in scope through `with`. Escaping is plain
 * HTML escaping, not Apps Script's contextual escaping inside <script> blocks.
 */
export function compileTemplate(source: string): string {
  let code = 'var __out = "";\n';
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const body = m[2] ?? '';
    if (m[1] === '=') code += `__out += __esc(${body});\n`;
    else if (m[1] === '!=') code += `__out += __raw(${body});\n`;
    else code += `${body}\n`;
    last = re.lastIndex;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return code;
}

export interface HtmlServiceOptions {
  /** Folder holding the bundle's .html files (the dist directory). */
  dir: () => string;
  /** Turns a function body into a function created inside the bundle's vm (sloppy mode, for `with`). */
  compile: (params: string[], body: string) => (...args: unknown[]) => unknown;
}

class HtmlTemplateImpl {
  _self?: GoogleAppsScript.HTML.HtmlTemplate;
  [name: string]: unknown;
  constructor(
    readonly _ctx: RuntimeContext,
    readonly _raw: string,
    readonly _opts: HtmlServiceOptions,
  ) {}
  getRawContent(): string {
    return this._raw;
  }
  getCode(): string {
    return compileTemplate(this._raw);
  }
  evaluate(): Out {
    // Template variables are the properties the script assigned (not internals or methods).
    const scope: Record<string, unknown> = {};
    for (const k of Object.keys(this)) if (!k.startsWith('_')) scope[k] = this[k];
    const raw = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
    const fn = this._opts.compile(['__scope', '__esc', '__raw'], `with (__scope) {\n${compileTemplate(this._raw)}\n}`);
    const html = String(fn(scope, (v: unknown) => escapeHtml(raw(v)), raw));
    return expose(new HtmlOutputImpl(html), 'HtmlOutput', this._ctx) as unknown as Out;
  }
}

class HtmlServiceImpl {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly opts: HtmlServiceOptions,
  ) {}

  private read(filename: string): string {
    const name = filename.endsWith('.html') ? filename : `${filename}.html`;
    const path = join(this.opts.dir(), name);
    // Apps Script's message for a missing project file.
    if (!existsSync(path)) throw exception(this.ctx, `No HTML file named ${filename} was found.`);
    return readFileSync(path, 'utf8');
  }
  createHtmlOutput(html?: string): Out {
    return expose(new HtmlOutputImpl(html === undefined ? '' : String(html)), 'HtmlOutput', this.ctx) as unknown as Out;
  }
  createHtmlOutputFromFile(filename: string): Out {
    return this.createHtmlOutput(this.read(filename));
  }
  createTemplate(html: string): GoogleAppsScript.HTML.HtmlTemplate {
    return expose(
      new HtmlTemplateImpl(this.ctx, String(html), this.opts),
      'HtmlTemplate',
      this.ctx,
    ) as unknown as GoogleAppsScript.HTML.HtmlTemplate;
  }
  createTemplateFromFile(filename: string): GoogleAppsScript.HTML.HtmlTemplate {
    return this.createTemplate(this.read(filename));
  }
}

export function createHtmlService(ctx: RuntimeContext, opts: HtmlServiceOptions): GoogleAppsScript.HTML.HtmlService {
  return expose(new HtmlServiceImpl(ctx, opts), 'HtmlService', ctx) as unknown as GoogleAppsScript.HTML.HtmlService;
}

/** Reads an HtmlOutput's title and content without counting (for Ui recording). */
export function peekHtml(out: unknown): { title: string; html: string } {
  const o = out as Partial<HtmlOutputImpl>;
  return { title: o._title ?? '', html: o._content ?? '' };
}
