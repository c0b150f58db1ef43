import { createTheme, type MantineColorsTuple } from '@mantine/core';

const brand: MantineColorsTuple = [
  '#e8f3f7',
  '#d2e5ed',
  '#a2cadb',
  '#6eadc8',
  '#4695b8',
  '#2e87ae',
  '#1e7ea9',
  '#0d6c94',
  '#006085',
  '#005376',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  // System fonts only: the app works offline and loads nothing from the network.
  fontFamily: '"Segoe UI", system-ui, -apple-system, "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontWeight: '650',
  },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  // People who ask their system for less motion get dialogs and menus without animation.
  respectReducedMotion: true,
  components: {
    // Help text under the field, so inputs side by side stay aligned.
    TextInput: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    Textarea: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    NumberInput: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    DateInput: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    MonthPickerInput: { defaultProps: { inputWrapperOrder: ['label', 'input', 'description', 'error'] } },
    Table: { defaultProps: { fz: 'sm', horizontalSpacing: 'sm' } },
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    Modal: { defaultProps: { overlayProps: { backgroundOpacity: 0.45, blur: 1 } } },
    Select: {
      defaultProps: {
        comboboxProps: { shadow: 'md' },
        checkIconPosition: 'right',
        inputWrapperOrder: ['label', 'input', 'description', 'error'],
      },
    },
  },
});
