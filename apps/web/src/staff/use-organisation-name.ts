import { useQuery } from "@tanstack/react-query";
import { booking } from "../api/service-clients";

/** Organisations by name instead of id (from booking's public directory; the id until it loads). */
export function useOrganisationName(): (organisationId: string) => string {
  const directory = useQuery({
    queryKey: ["directory.services"],
    queryFn: () => booking.directory.services.query({}),
    staleTime: 5 * 60_000,
  });
  return (organisationId) =>
    directory.data?.find((service) => service.organisation.id === organisationId)?.organisation.name ??
    organisationId;
}
