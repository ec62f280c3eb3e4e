import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { BookingPage } from "../client/booking/BookingPage";
import { LanguagePage } from "../client/language/LanguagePage";
import { ManagePage } from "../client/manage/ManagePage";
import { DevSmsInboxPage } from "../dev/DevSmsInboxPage";
import { LoginPage } from "../staff/login/LoginPage";
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

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<LanguagePage />} />
            <Route path="book" element={<BookingPage />} />
            <Route path="manage/:appointmentId" element={<ManagePage />} />
            <Route path="staff/login" element={<LoginPage />} />
            <Route
              path="staff/reception"
              element={
                <RequireStaff>
                  <ReceptionPage />
                </RequireStaff>
              }
            />
            <Route path="dev/sms" element={<DevSmsInboxPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
