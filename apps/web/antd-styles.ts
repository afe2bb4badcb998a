import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:antd-styles.css';
const RESOLVED = `\0${ID}`;

type Cssinjs = typeof import('@ant-design/cssinjs');
type Antd = Record<string, unknown>;

/**
 * The styles of every antd component for `theme`, as antd itself would generate them in the browser, plus
 * the list of what is inside (a `.data-ant-cssinjs-cache-path` rule that `@ant-design/cssinjs` reads once):
 * a component whose style is listed skips generating and injecting it at runtime, the rest is generated as
 * before. Rendered in Node with react-dom/server, each component on its own (one that cannot render without
 * props is skipped: it keeps its runtime style); popups through their static panels, as antd's own
 * `@ant-design/static-style-extract` does. CommonJS throughout, so antd and this share one cssinjs context.
 */
export function extractAntdStyles(
  theme: object,
  names: Iterable<string>,
): { css: string; components: number } {
  const require = createRequire(import.meta.url);
  const React = require('react') as typeof import('react');
  const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
  const antd = require('antd') as Antd;
  const { createCache, extractStyle, StyleProvider } = require('@ant-design/cssinjs') as Cssinjs;
  const ConfigProvider = antd.ConfigProvider as React.ComponentType<{
    theme: object;
    children?: React.ReactNode;
  }>;
  const cache = createCache();
  let components = 0;
  for (const name of new Set(names)) {
    const value = antd[name];
    if (!value || name === 'ConfigProvider') continue;
    const kind = typeof value;
    if (kind !== 'function' && kind !== 'object') continue;
    const panel = (value as { _InternalPanelDoNotUseOrYouWillBeFired?: React.ComponentType })
      ._InternalPanelDoNotUseOrYouWillBeFired;
    if (render(value)) components++;
    if (panel) render(panel);
  }
  // Parts with styles of their own, drawn only inside their component (`Form.Item` alone draws a broken rule).
  for (const part of PARTS) {
    const [name = '', sub = ''] = part.split('.');
    const value = (antd[name] as Record<string, unknown> | undefined)?.[sub];
    if (value) render(value);
  }
  // Styles drawn only with some props: the preset colours of tags.
  render(() => React.createElement(antd.Tag as React.ComponentType<{ color: string }>, { color: 'blue' }));
  // The App component's message and notification draw through their pure panels.
  for (const name of ['message', 'notification']) {
    const panel = (antd[name] as { _InternalPanelDoNotUseOrYouWillBeFired?: unknown })
      ?._InternalPanelDoNotUseOrYouWillBeFired;
    if (panel) render(panel);
  }
  return { css: extractStyle(cache, { plain: true, types: ['style'] }), components };

  function render(component: unknown): boolean {
    try {
      renderToString(
        React.createElement(
          StyleProvider,
          { cache },
          React.createElement(
            ConfigProvider,
            { theme },
            React.createElement(component as React.ComponentType),
          ),
        ),
      );
      return true;
    } catch {
      return false; // keeps its runtime style
    }
  }
}

/** Parts the app uses that have styles of their own. */
const PARTS = [
  'Layout.Sider',
  'Input.TextArea',
  'Input.Password',
  'Input.Search',
  'Space.Compact',
  'Card.Meta',
];

/** Components inside others that the app uses, drawn only in some states (an empty table, an open select). */
const INNER = ['Empty', 'Pagination', 'Checkbox', 'Radio', 'Tooltip', 'Dropdown', 'Menu', 'Spin', 'Button'];

/** The antd components the app imports by name (`import { Button, Table } from 'antd'` in `src`). */
export function usedAntdComponents(srcDir: string): string[] {
  const names = new Set(INNER);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name))
        for (const [, list = ''] of readFileSync(full, 'utf8').matchAll(
          /import\s*\{([^}]*)\}\s*from\s*'antd'/g,
        ))
          for (const part of list.split(',')) {
            // `type ButtonProps` is not a component; `Button as AntButton` is Button.
            const [name = ''] = part.trim().split(/\s+as\s+/);
            if (/^[A-Z]\w*$/.test(name)) names.add(name);
          }
    }
  };
  walk(srcDir);
  return [...names].sort();
}

/**
 * `import 'virtual:antd-styles.css'` (first in `main.tsx`): in a build, the antd styles of `theme` written
 * once by `extractAntdStyles`, so the first render does not compute and inject them (≈ a third of the main
 * thread's rendering time of a cold start at the hotspot map); empty in dev, where antd injects them as usual.
 */
export function antdStyles(theme: object): Plugin {
  let build = false;
  let root = '';
  return {
    name: 'pcmt-antd-styles',
    configResolved(config) {
      build = config.command === 'build';
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!build) return '';
      // antd names its classes `css-dev-only-do-not-override-…` outside production: the build's must match.
      if (process.env.NODE_ENV !== 'production') throw new Error('antd-styles: NODE_ENV is not production');
      const { css, components } = extractAntdStyles(theme, usedAntdComponents(path.join(root, 'src')));
      this.info(`antd styles of ${components} components: ${Math.round(css.length / 1024)} kB`);
      return css;
    },
  };
}
