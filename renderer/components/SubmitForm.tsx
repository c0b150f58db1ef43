import type { ComponentPropsWithoutRef, ReactNode } from 'react';

/**
 * A form that submits with Enter or its submit button by calling `onSubmit`
 * (the page never reloads) and leaves validation to our Spanish messages,
 * not the browser's.
 */
export function SubmitForm({
  onSubmit,
  children,
  ...props
}: { onSubmit: () => unknown; children: ReactNode } & Omit<
  ComponentPropsWithoutRef<'form'>,
  'onSubmit' | 'noValidate'
>) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      {...props}
    >
      {children}
    </form>
  );
}
