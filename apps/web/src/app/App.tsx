import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { BookingPage } from "../client/booking/BookingPage";
import { LanguagePage } from "../client/language/LanguagePage";
import { ManagePage } from "../client/manage/ManagePage";
import { OfferPage } from "../client/offer/OfferPage";
import { DevSmsInboxPage } from "../dev/DevSmsInboxPage";
import { DirectoryEditorPage } from "../staff/admin/DirectoryEditorPage";
import { CounsellorPage } from "../staff/counsellor/CounsellorPage";
import { NewReferralPage } from "../staff/counsellor/NewReferralPage";
import { ReferralTimelinePage } from "../staff/counsellor/ReferralTimelinePage";
import { IntakeInboxPage } from "../staff/intake/IntakeInboxPage";
import { IntakeReferralPage } from "../staff/intake/IntakeReferralPage";
import { LoginPage } from "../staff/login/LoginPage";
import { PrivacyPage } from "../staff/privacy/PrivacyPage";
import { StaffHome } from "../staff/StaffHome";
import { ReceptionPage } from "../staff/reception/ReceptionPage";
import { RequireStaff } from "../staff/login/RequireStaff";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";

const queryClient = new QueryClient({
  defaultOptions: {
    // A failed call is shown to the user, who decides to retry; mutations never retry by themselves.
    queries: { retry: 1, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/** Pages behind the staff sign-in; the services check role and scope on every call. */
const staffPages = [
  { path: "staff/reception", page: <ReceptionPage /> },
  { path: "staff/counsellor", page: <CounsellorPage /> },
  { path: "staff/referrals/new", page: <NewReferralPage /> },
  { path: "staff/referrals/:referralId", page: <ReferralTimelinePage /> },
  { path: "staff/intake", page: <IntakeInboxPage /> },
  { path: "staff/intake/:referralId", page: <IntakeReferralPage /> },
  { path: "staff/admin", page: <DirectoryEditorPage /> },
  { path: "staff/privacy", page: <PrivacyPage /> },
];

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<LanguagePage />} />
            <Route path="book" element={<BookingPage />} />
            <Route path="manage/:appointmentId" element={<ManagePage />} />
            <Route path="offer/:entryId" element={<OfferPage />} />
            <Route path="staff" element={<StaffHome />} />
            <Route path="staff/login" element={<LoginPage />} />
            {staffPages.map(({ path, page }) => (
              <Route key={path} path={path} element={<RequireStaff>{page}</RequireStaff>} />
            ))}
            <Route path="dev/sms" element={<DevSmsInboxPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
