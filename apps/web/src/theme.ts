import type { ThemeConfig } from 'antd';

/**
 * The app's antd theme. Shared by the app (`app.tsx`) and the build, which renders every antd component with
 * it once to write their styles into a stylesheet (`antd-styles.ts`): a style is written only for this theme,
 * so a change here is seen by both.
 */
export const antdTheme = {
  token: { colorPrimary: '#1d4f91', borderRadius: 6 },
  components: {
    Menu: { itemSelectedBg: '#e6eef9' },
    Tree: { nodeSelectedBg: '#e6eef9' },
  },
} satisfies ThemeConfig;
