import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareSha256 } from '@shared/audit/sha256';
import { App } from './App';
import { db } from './db/database';
import { openDatabase } from './db/open-database';
import { setupI18n } from './i18n/i18n';
import { useUiStore } from './store/ui-store';
import './styles.css';

async function start(): Promise<void> {
  // Hashing uses plain JavaScript until the WebAssembly SHA-256 is ready (same digests): nothing waits for it.
  void prepareSha256();
  // The translations and the database are independent: neither waits for the other.
  await Promise.all([setupI18n(), openDatabase(db, { report: (problem) => useUiStore.getState().reportStorageProblem(problem) })]);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
