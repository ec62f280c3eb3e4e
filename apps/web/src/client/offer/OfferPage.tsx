import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { booking } from "../../api/service-clients";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { FocusHeading } from "../../ui/FocusHeading";
import { ConfirmationView } from "../booking/ConfirmationView";
import { manageTokenFromHash } from "../manage/manage-link";

/**
 * A waitlist offer from the SMS (`/offer/<entryId>#<secret>`): the client takes the freed
 * time with one button. Nothing happens on opening the link, so a link preview or a
 * second look does not book.
 */
export function OfferPage() {
  const { t } = useTranslation();
  const { entryId = "" } = useParams();
  const location = useLocation();
  // Same shape as the manage link's secret: base64url after `#`.
  const offerToken = manageTokenFromHash(location.hash);
  const accept = useMutation({
    mutationFn: () => booking.waitlist.acceptOffer.mutate({ entryId, offerToken: offerToken ?? "" }),
  });

  if (accept.isSuccess) {
    return <ConfirmationView result={accept.data} />;
  }
  return (
    <section className="narrow">
      <FocusHeading>{t("offer.heading")}</FocusHeading>
      {!offerToken ? (
        <p className="alert alert-error" role="alert">
          {t("offer.linkIncomplete")}
        </p>
      ) : (
        <>
          <p>{t("offer.intro")}</p>
          {accept.isError && <ErrorMessage error={accept.error} />}
          <button
            type="button"
            className="button-primary"
            disabled={accept.isPending}
            onClick={() => accept.mutate()}
          >
            {accept.isPending ? t("offer.taking") : t("offer.take")}
          </button>
          <p className="hint">{t("offer.notWanted")}</p>
        </>
      )}
      <p>
        <Link to="/book">{t("manage.bookNew")}</Link>
      </p>
    </section>
  );
}
