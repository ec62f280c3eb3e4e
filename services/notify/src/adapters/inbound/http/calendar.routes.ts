import { type Express, type Response } from "express";
import { type OpenAppointmentCalendar } from "../../../application/calendar/open-appointment-calendar.use-case";
import { type OpenCalendarFeed } from "../../../application/calendar/open-calendar-feed.use-case";

export interface CalendarRoutesOptions {
  openAppointment: OpenAppointmentCalendar;
  openFeed: OpenCalendarFeed;
}

const ICS_SUFFIX = ".ics";

/**
 * The calendar files: a client's appointment behind the token of their SMS link, and staff
 * feeds behind their own secret (the same URL works as webcal://, which calendar apps turn
 * into an https subscription). Unknown ids, wrong, missing and revoked tokens all get the
 * same 404, so a guess learns nothing.
 */
export function mountCalendarRoutes(app: Express, options: CalendarRoutesOptions): void {
  app.get("/calendar/appointments/:file", async (req, res, next) => {
    try {
      const appointmentId = withoutIcsSuffix(req.params.file);
      const token = typeof req.query.token === "string" ? req.query.token : null;
      const ics = appointmentId ? await options.openAppointment.execute(appointmentId, token) : null;
      sendCalendar(res, ics);
    } catch (error) {
      next(error);
    }
  });

  app.get("/calendar/feeds/:file", async (req, res, next) => {
    try {
      const token = withoutIcsSuffix(req.params.file);
      sendCalendar(res, token ? await options.openFeed.execute(token) : null);
    } catch (error) {
      next(error);
    }
  });
}

function withoutIcsSuffix(file: string | undefined): string | null {
  if (!file?.endsWith(ICS_SUFFIX) || file.length === ICS_SUFFIX.length) return null;
  return file.slice(0, -ICS_SUFFIX.length);
}

function sendCalendar(res: Response, ics: string | null): void {
  // Personal and secret-addressed: no shared caches, no search engines, no referrers.
  res.set({
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
  });
  if (ics === null) {
    res.status(404).type("text/plain").send("Not found");
    return;
  }
  res.status(200).set("Content-Type", "text/calendar; charset=utf-8").send(ics);
}
