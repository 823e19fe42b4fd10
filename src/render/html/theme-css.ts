import type { Theme } from '../../theme/load-theme.ts';

/** The shared theme as CSS custom properties, so templates style with `var(--accent)` and never hard-code colours. */
export function themeCss(theme: Theme): string {
  const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const colours = Object.entries(theme.colour).map(([name, value]) => `--${kebab(name)}: ${value};`);
  const slides = Object.entries(theme.slides).map(([name, value]) => `--slide-${kebab(name)}: ${value}px;`);
  const print = Object.entries(theme.print)
    .filter(([name]) => name !== 'lineHeight')
    .map(([name, value]) => `--print-${name}: ${value}pt;`);
  const large = Object.entries(theme.largePrint).map(([name, value]) => `--large-${name}: ${value}pt;`);
  return `:root { ${[...colours, ...slides, ...print, ...large, `--print-line-height: ${theme.print.lineHeight};`].join(' ')} }`;
}
