-- Each agency's Article 24 figures of the inquiries notified in a period (AgencyFigures): the
-- months the sweeping job kept whole (inquiry_month_figures, V47) that lie inside the period,
-- and the inquiries notified in the rest of it, counted one by one, each in its state now. Of
-- all time, that is the last months only, whose windows may still be open, however many
-- inquiries came before. The median days to answer is percentile_cont's over every answer: the
-- kept months give theirs by the hour (each at the middle of its hour: within half an hour).
-- %1$s: the inquiries the user may see, as a WHERE clause on i.
WITH period AS (
    SELECT coalesce(CASE WHEN CAST(:days AS int) IS NOT NULL
                         THEN (cadastre_now() AT TIME ZONE 'Asia/Tehran')::date - CAST(:days AS int) + 1
                         ELSE CAST(:from AS date) END::timestamp AT TIME ZONE 'Asia/Tehran',
                    '-infinity') AS starts,
           coalesce((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Asia/Tehran', 'infinity') AS ends
), bounds AS (
    -- [kept_from, kept_to): the kept months wholly inside the period
    SELECT p.starts, p.ends,
           CASE WHEN tehran_month(p.starts) = p.starts THEN p.starts
                ELSE (date_trunc('month', p.starts AT TIME ZONE 'Asia/Tehran') + INTERVAL '1 month')
                     AT TIME ZONE 'Asia/Tehran' END AS kept_from,
           least((SELECT k.kept_until FROM inquiry_figures_kept k), tehran_month(p.ends)) AS kept_to
    FROM period p
), kept AS (
    SELECT i.* FROM bounds b, inquiry_month_figures i
    %1$s AND i.month >= b.kept_from AND i.month_end <= b.kept_to
), notified AS (
    SELECT i.agency_id, i.paused_at, i.last_day, i.answered_at, i.notified_at,
           inquiry_status(i.status, i.paused_at, i.deadline) AS status
    FROM bounds b, inquiry i
    %1$s AND i.notified_at >= b.starts AND i.notified_at < least(b.ends, b.kept_from)
    UNION ALL
    SELECT i.agency_id, i.paused_at, i.last_day, i.answered_at, i.notified_at,
           inquiry_status(i.status, i.paused_at, i.deadline)
    FROM bounds b, inquiry i
    %1$s AND i.notified_at >= greatest(b.starts, b.kept_from, b.kept_to) AND i.notified_at < b.ends
), answers AS (
    SELECT agency_id, CAST(extract(epoch FROM answered_at - notified_at) / 86400 AS float8) AS days, 1 AS weight
    FROM notified WHERE answered_at IS NOT NULL
    UNION ALL
    SELECT k.agency_id, CAST((h.hour - 0.5) / 24 AS float8), h.n
    FROM kept k, unnest(k.answer_hours) WITH ORDINALITY AS h (n, hour) WHERE h.n > 0
), ranked AS (
    SELECT agency_id, days, sum(weight) OVER (PARTITION BY agency_id ORDER BY days ROWS UNBOUNDED PRECEDING) AS upto,
           sum(weight) OVER (PARTITION BY agency_id) AS answered
    FROM answers
), medians AS (
    -- the answers at ranks floor and ceil of (answered - 1) / 2, counted from 0
    SELECT agency_id, min(answered) AS answered,
           min(days) FILTER (WHERE upto > floor((answered - 1) / 2.0)) AS below,
           min(days) FILTER (WHERE upto > ceil((answered - 1) / 2.0)) AS above
    FROM ranked GROUP BY agency_id
), counts AS (
    SELECT agency_id,
           count(*) FILTER (WHERE status = 'OPEN') AS open,
           count(*) FILTER (WHERE status = 'OPEN' AND paused_at IS NULL AND days_left(last_day) <= :warningDays) AS due_soon,
           count(*) FILTER (WHERE status = 'CONSENTED') AS consented,
           count(*) FILTER (WHERE status = 'OBJECTED') AS objected,
           count(*) FILTER (WHERE status = 'PARTIALLY_OBJECTED') AS partially_objected,
           count(*) FILTER (WHERE status = 'DEEMED_CONSENT') AS deemed_consent,
           count(*) FILTER (WHERE status = 'WITHDRAWN') AS withdrawn
    FROM notified GROUP BY agency_id
    UNION ALL
    SELECT agency_id, 0, 0, consented, objected, partially_objected, deemed_consent, withdrawn FROM kept
)
SELECT c.agency_id, sum(c.open) AS open, sum(c.due_soon) AS due_soon, sum(c.consented) AS consented,
       sum(c.objected) AS objected, sum(c.partially_objected) AS partially_objected,
       sum(c.deemed_consent) AS deemed_consent, sum(c.withdrawn) AS withdrawn,
       min(m.below + ((m.answered - 1) / 2.0 - floor((m.answered - 1) / 2.0)) * (m.above - m.below))
           AS median_days_to_answer
FROM counts c LEFT JOIN medians m ON m.agency_id = c.agency_id
GROUP BY c.agency_id
ORDER BY c.agency_id
