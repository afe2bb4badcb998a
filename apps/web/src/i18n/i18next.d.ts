import 'i18next';
import type { featuresVi } from './features-texts.ts';
import type { vi } from './vi.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The shell's texts plus the signed-in features' (added when the signed-in layout loads).
    resources: { translation: typeof vi & typeof featuresVi };
  }
}
