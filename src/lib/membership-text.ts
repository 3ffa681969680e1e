import type { Membership } from "../data/schema";

export function describeMembership(membership: Membership): string {
  const parts = membership.instruments.length > 0 ? membership.instruments.join(", ") : "part not known";
  switch (membership.role) {
    case "leader":
      return `${parts} (leader)`;
    case "member":
      return parts;
    case "manager":
      return "manager";
    case "management":
      return "management";
  }
}
