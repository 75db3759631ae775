/**
 * Sync (docs/sync.md): the reader's CouchDB server and its database, "Test connection", turning
 * sync on (which asks for that one server's host permission at the click), "Sync now", what the
 * last run did or why it failed, the valve's question before a mass removal, and turning it off.
 * The password goes to the background, which keeps it; the page never shows it again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConnectionResult, SyncServer, SyncStatus } from '../../src/protocol';
import { t } from '../../src/platform/browser';
import { request } from '../../src/ui/client';
import { serverOf, type FieldProblem, type ServerFields } from './form';
import { syncErrorText } from './messages';
import { requestServerAccess } from './server-access';
import { SyncOn } from './SyncOn';
import { SyncTextField } from './SyncTextField';
import { useSyncStatus } from './useSyncStatus';

type Message = { text: string; error: boolean };
type Busy = 'test' | 'create' | 'enable' | 'now' | 'disable' | 'confirm' | null;

const EMPTY: ServerFields = { url: '', database: 'quire', username: '', password: '' };
const PROBLEM_KEYS: Record<FieldProblem, string> = { url: 'syncInvalidUrl', database: 'syncInvalidDatabase' };

/** What a run that answered says: its failure, that it waits for the valve's answer, or that it is done. */
function ranText(status: SyncStatus): Message {
  if (status.error) return { text: t('syncFailed', syncErrorText(status.error)), error: true };
  return { text: t(status.pendingRemoval ? 'syncWaiting' : 'syncDone'), error: false };
}

function connectionText(result: ConnectionResult): string {
  if (!result.ok) return syncErrorText(result);
  return result.couchVersion ? t('syncConnected', result.couchVersion) : t('syncConnectedNoVersion');
}

export function SyncSection() {
  const { status, show } = useSyncStatus();
  const [fields, setFields] = useState<ServerFields>(EMPTY);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [missing, setMissing] = useState<SyncServer | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const firstField = useRef<HTMLInputElement>(null);
  const nowButton = useRef<HTMLButtonElement>(null);
  const turnOnButton = useRef<HTMLButtonElement>(null);
  const known = status?.server;
  // The form starts from the server sync last used, without its password.
  useEffect(() => {
    if (known) setFields((current) => ({ ...current, url: known.url, database: known.database, username: known.username }));
  }, [known?.url, known?.database, known?.username]);

  const edit = (patch: Partial<ServerFields>) => {
    setFields((current) => ({ ...current, ...patch }));
    setProblem(null);
    setMissing(null);
  };
  /** The checked server, or null after saying what is wrong and moving to that field. */
  const checked = (): SyncServer | null => {
    const outcome = serverOf(fields);
    if ('server' in outcome) return outcome.server;
    setProblem(outcome.problem);
    setMessage({ text: t(PROBLEM_KEYS[outcome.problem]), error: true });
    document.getElementById(`sync-${outcome.problem}`)?.focus();
    return null;
  };
  const inFlight = useRef(false);
  /** One request at a time: a click while one is in flight does nothing (its button says so with aria-disabled). */
  const run = async (kind: Exclude<Busy, null>, work: () => Promise<Message | null>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(kind);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (failure) {
      setMessage({ text: t('syncRequestFailed', (failure as Error).message), error: true });
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  };
  const afterConnection = (server: SyncServer, result: ConnectionResult): Message => {
    setMissing(!result.ok && result.code === 'missing-database' ? server : null);
    return { text: connectionText(result), error: !result.ok };
  };
  /** Runs `work` once the browser grants the server's host permission, asked for before any await. */
  const withAccess = (kind: 'test' | 'enable', work: (server: SyncServer) => Promise<Message | null>) => {
    const server = inFlight.current ? null : checked();
    if (!server) return;
    const access = requestServerAccess(server.url);
    void run(kind, async () => {
      if (!(await access.catch(() => false))) return { text: t('syncAccessRefused', new URL(server.url).host), error: true };
      return work(server);
    });
  };

  const test = () => withAccess('test', async (server) => afterConnection(server, await request({ type: 'sync.test', server })));
  const create = () => {
    const server = missing;
    if (!server) return;
    void run('create', async () => {
      const result = await request({ type: 'sync.createDatabase', server });
      if (!result.ok) return afterConnection(server, result);
      // The button goes with the missing database: the focus moves on to what comes next.
      setMissing(null);
      turnOnButton.current?.focus();
      return { text: t('syncDatabaseCreated', server.database), error: false };
    });
  };
  const enable = () =>
    withAccess('enable', async (server) => {
      const next = await request({ type: 'sync.enable', server });
      show(next);
      setFields((current) => ({ ...current, password: '' }));
      setMissing(null);
      requestAnimationFrame(() => nowButton.current?.focus());
      return next.error || next.pendingRemoval ? ranText(next) : { text: t('syncTurnedOn'), error: false };
    });
  const answer = (kind: 'now' | 'disable' | 'confirm', ask: () => Promise<SyncStatus>, say: (next: SyncStatus) => Message) =>
    run(kind, async () => {
      const next = await ask();
      show(next);
      return say(next);
    });
  const syncNow = () => answer('now', () => request({ type: 'sync.now' }), ranText);
  const disable = () =>
    answer('disable', () => request({ type: 'sync.disable' }), () => {
      requestAnimationFrame(() => firstField.current?.focus());
      return { text: t('syncTurnedOff'), error: false };
    });
  const confirmRemoval = (accept: boolean) =>
    answer('confirm', () => request({ type: 'sync.confirmRemoval', accept }), (next) =>
      next.error ? ranText(next) : { text: t(accept ? 'syncRemovalAccepted' : 'syncRemovalRejected'), error: false },
    );

  return (
    <section aria-labelledby="sync-heading" class="sync" aria-busy={busy !== null}>
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <p class="hint">{t('syncHint')}</p>
      {!status ? (
        <p aria-busy="true">{t('optionsLoading')}</p>
      ) : status.on ? (
        <SyncOn status={status} busy={busy !== null} nowButton={nowButton} onSyncNow={syncNow} onDisable={disable} onConfirmRemoval={confirmRemoval} />
      ) : (
        <form
          class="sync-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            enable();
          }}
        >
          <SyncTextField id="sync-url" label={t('syncServerUrl')} hint={t('syncServerUrlHint')} type="url" autocomplete="url" value={fields.url} invalid={problem === 'url'} inputRef={firstField} onInput={(url) => edit({ url })} />
          <SyncTextField id="sync-database" label={t('syncDatabase')} hint={t('syncDatabaseHint')} value={fields.database} invalid={problem === 'database'} onInput={(database) => edit({ database })} />
          <SyncTextField id="sync-username" label={t('syncUsername')} autocomplete="username" value={fields.username} onInput={(username) => edit({ username })} />
          <SyncTextField id="sync-password" label={t('syncPassword')} hint={t('syncPasswordHint')} type="password" autocomplete="current-password" value={fields.password} onInput={(password) => edit({ password })} />
          <div class="actions">
            <button type="button" aria-disabled={busy !== null} onClick={test}>
              {busy === 'test' ? t('syncTesting') : t('syncTest')}
            </button>
            <button type="submit" class="primary" ref={turnOnButton} aria-disabled={busy !== null}>
              {busy === 'enable' ? t('syncTurningOn') : t('syncTurnOn')}
            </button>
          </div>
        </form>
      )}
      <div role="status" id="sync-result" class={`message ${message?.error ? 'error' : ''}`}>
        {message?.text ?? ''}
      </div>
      {missing && !status?.on && (
        <button type="button" aria-disabled={busy !== null} onClick={create}>
          {t('syncCreateDatabase', missing.database)}
        </button>
      )}
    </section>
  );
}
