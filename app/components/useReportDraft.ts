import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { queryClient } from '../api/query.ts';
import type {
  Answer,
  Answers,
  Narrative,
  ReportResponse as Report,
} from '../../shared/contracts/reports.ts';
import { reportCommands, reportQuery } from '../api/reports.ts';

export type SaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'invalid' | 'conflict' | 'failed';

/** How long typing must pause before the draft is sent: short enough to lose nothing. */
const pauseMs = 1200;

/**
 * A report draft that saves itself as the user types: one request at a time, the latest
 * text always sent last, the optimistic-lock version carried along. A 409 stops saving
 * (someone else changed the report) rather than overwrite their work.
 */
export function useReportDraft(initial: Report) {
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [narrative, setNarrative] = useState<Narrative>(initial.narrative);
  const [report, setReport] = useState<Report>(initial);
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const latest = useRef({ answers, narrative });
  const version = useRef(initial.version);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);

  const send = useCallback(async (): Promise<void> => {
    if (stopped.current || !dirty.current) return;
    dirty.current = false;
    setState('saving');
    const { answers: a, narrative: n } = latest.current;
    try {
      const after = await reportCommands.save(initial.periodId, initial.unit.id, {
        answers: a,
        narrative: n,
        ...(version.current !== null ? { version: version.current } : {}),
      });
      version.current = after.version;
      setReport(after);
      queryClient.setQueryData(reportQuery(initial.periodId, initial.unit.id).queryKey, after);
      setFieldErrors({});
      setSavedAt(new Date());
      setState(dirty.current ? 'unsaved' : 'saved');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        stopped.current = true;
        setState('conflict');
      } else if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setFieldErrors(error.fields);
        setState('invalid');
      } else {
        dirty.current = true;
        setState('failed');
      }
    }
  }, [initial.periodId, initial.unit.id]);

  /** Sends now and waits: before leaving a section or checking the answers. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    if (dirty.current) {
      inFlight.current = send();
      await inFlight.current;
      inFlight.current = null;
    }
    return !dirty.current && !stopped.current;
  }, [send]);

  const holds = useRef(0);
  const schedule = useCallback(() => {
    dirty.current = true;
    setState('unsaved');
    if (timer.current) clearTimeout(timer.current);
    const tick = () => {
      // An upload may be creating the report row: saving now would use a stale version.
      if (holds.current > 0) timer.current = setTimeout(tick, pauseMs);
      else void flush();
    };
    timer.current = setTimeout(tick, pauseMs);
  }, [flush]);

  /**
   * Runs a change the server makes to the report besides the draft text (an evidence file
   * added or removed): pending text is saved first, saving waits meanwhile, and the report
   * is read again afterwards for its new files and version.
   */
  const aside = async (
    work: () => Promise<unknown>,
    /** The work wrote answers too (an Excel import): show the server's, not ours. */
    takeAnswers = false,
  ): Promise<void> => {
    await flush();
    holds.current += 1;
    try {
      await work();
      const fresh = await queryClient.fetchQuery({
        ...reportQuery(initial.periodId, initial.unit.id),
        staleTime: 0,
      });
      version.current = fresh.version;
      setReport(fresh);
      if (takeAnswers) {
        latest.current = { answers: fresh.answers, narrative: fresh.narrative };
        setAnswers(fresh.answers);
        setNarrative(fresh.narrative);
      }
    } finally {
      holds.current -= 1;
    }
  };

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const setAnswer = (code: string, patch: Partial<Answer>) => {
    const next = {
      ...latest.current.answers,
      [code]: { ...latest.current.answers[code], ...patch },
    };
    latest.current = { ...latest.current, answers: next };
    setAnswers(next);
    schedule();
  };
  const setNarrativePart = (part: keyof Narrative, text: string) => {
    const next = { ...latest.current.narrative, [part]: text };
    latest.current = { ...latest.current, narrative: next };
    setNarrative(next);
    schedule();
  };

  /** Takes a report the server answered with (after submit, return, accept). */
  const adopt = (after: Report) => {
    version.current = after.version;
    setReport(after);
    queryClient.setQueryData(reportQuery(initial.periodId, initial.unit.id).queryKey, after);
  };

  return {
    report,
    adopt,
    aside,
    answers,
    narrative,
    setAnswer,
    setNarrativePart,
    state,
    savedAt,
    fieldErrors,
    flush,
    version: () => version.current,
  };
}

export type ReportDraft = ReturnType<typeof useReportDraft>;
