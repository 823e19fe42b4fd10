import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { type Labels, loadLabels } from '../../theme/labels.ts';
import { shippedTemplatesDir } from '../../theme/templates-dir.ts';
import { loadTheme, type Theme } from '../../theme/load-theme.ts';
import { themeCss } from './theme-css.ts';

/** The templates, labels and theme of one build, read when the build starts. */
export interface Templates {
  dir: string;
  labels: Labels;
  theme: Theme;
  /** Renders `<dir>/<name>.hbs` with plain view data prepared by the renderer. */
  render: (name: string, view: object) => string;
}

/**
 * Reads every layout, partial, label and the theme now, so a build renders the files as they were when it started.
 * One Handlebars environment for every HTML output of a build: all of `partials/*.hbs` registered by file name,
 * `{{label "key" "zh"}}` for the bilingual labels, `{{{themeCss}}}` for the shared theme.
 * Everything else is escaped: source text never becomes markup.
 */
export function loadTemplates(dir: string = shippedTemplatesDir): Templates {
  const labels = loadLabels(dir);
  const theme = loadTheme(dir);
  const handlebars = Handlebars.create();
  const partialsDir = path.join(dir, 'partials');
  for (const name of readdirSync(partialsDir).filter((file) => file.endsWith('.hbs'))) {
    handlebars.registerPartial(path.basename(name, '.hbs'), readFileSync(path.join(partialsDir, name), 'utf8'));
  }
  // `{{label "key" "zh" glossary=…}}` fills the label's {glossary}; Handlebars passes the hash in its options object.
  handlebars.registerHelper('label', (key: string, lang: 'zh' | 'en', options: Handlebars.HelperOptions) => labels.text(key, lang, options.hash));
  handlebars.registerHelper('themeCss', () => new Handlebars.SafeString(themeCss(theme)));
  handlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // Handlebars passes its options object last.
  handlebars.registerHelper('or', (...values: unknown[]) => values.slice(0, -1).some(Boolean));
  /** A CSS string literal for `content:` in a <style> element, where HTML escaping does not apply: quotes, backslashes, newlines and < escaped. */
  handlebars.registerHelper('cssString', (text: string) => `"${String(text).replace(/[\\"\n<]/gu, (character) => `\\${character.codePointAt(0)!.toString(16)} `)}"`);
  const layouts = new Map(readdirSync(dir).filter((file) => file.endsWith('.hbs')).map((file) => [path.basename(file, '.hbs'), readFileSync(path.join(dir, file), 'utf8')]));
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    dir,
    labels,
    theme,
    render: (name, view) => {
      let template = compiled.get(name);
      if (!template) {
        const layout = layouts.get(name);
        if (layout === undefined) throw new Error(`no template ${name}.hbs in ${dir}`);
        template = handlebars.compile(layout, { strict: true });
        compiled.set(name, template);
      }
      return template(view);
    },
  };
}
