import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiReport, reportedPackages, reportPath } from './api-report.js';

describe('API reports pin the contracts', () => {
  for (const packageDir of reportedPackages) {
    it(`${packageDir} declares exactly what api-report.d.ts records (accept a change with pnpm api:update)`, () => {
      expect(renderApiReport(packageDir)).toBe(readFileSync(reportPath(packageDir), 'utf8'));
    });
  }
});
