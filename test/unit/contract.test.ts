/**
 * The contract is built from the namespaces' method maps: a name declared
 * twice is refused, and which methods are reads and jobs comes from the
 * kind declared on each method (nothing kept by hand beside it).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, JOB_METHODS, kindOf, METHODS, READ_ONLY_METHODS } from '../../shared/api/contract';
import { composeContract, job, read, write } from '../../shared/api/method';

describe('composeContract', () => {
  it('refuses a method name declared by two modules', () => {
    const a = { 'x.get': read<number>()(z.object({})) };
    const b = { 'x.get': write<number>()(z.object({ id: z.number() })) };
    expect(() => composeContract(a, b)).toThrow('El método «x.get» está declarado en dos módulos del contrato');
  });

  it('joins distinct modules, each method keeping its kind', () => {
    const c = composeContract({ 'x.get': read<number>()(z.object({})) }, { 'y.run': job<string>()(z.object({})) });
    expect(Object.keys(c)).toEqual(['x.get', 'y.run']);
    expect(c['x.get'].kind).toBe('read');
    expect(c['y.run'].kind).toBe('job');
  });
});

describe('the contract', () => {
  it('every method is namespace.verb and declares a kind', () => {
    for (const m of METHODS) {
      expect(m).toMatch(/^[a-z]+\.[a-zA-Z.]+$/);
      expect(['read', 'write', 'job']).toContain(kindOf(m));
    }
  });

  it('READ_ONLY_METHODS and JOB_METHODS are exactly the methods declared read and job', () => {
    expect([...READ_ONLY_METHODS].sort()).toEqual(METHODS.filter((m) => contract[m].kind === 'read').sort());
    expect([...JOB_METHODS].sort()).toEqual(METHODS.filter((m) => contract[m].kind === 'job').sort());
    // A few that must not drift: lists and details read; postings write; PDFs and exports are jobs.
    expect(READ_ONLY_METHODS.has('invoices.list')).toBe(true);
    expect(READ_ONLY_METHODS.has('ledger.registerPayment')).toBe(false);
    expect(JOB_METHODS.has('documents.issue')).toBe(true);
    expect(JOB_METHODS.has('cartera.agingExport')).toBe(true);
  });

  it('each namespace is declared in its own file, shared/api/<namespace>.ts', async () => {
    const namespaces = [...new Set(METHODS.map((m) => m.split('.')[0]!))];
    for (const ns of namespaces) {
      const mod = (await import(`../../shared/api/${ns}.ts`)) as Record<string, Record<string, unknown>>;
      const declared = Object.keys(mod[`${ns}Methods`] ?? {});
      expect(declared.sort(), ns).toEqual(METHODS.filter((m) => m.startsWith(`${ns}.`)).sort());
    }
  });
});
