/**
 * The plugin's admin permissions: the one list the server registers and the admin panel checks.
 * Who may take which workflow action is decided by unit membership, not by these.
 */
export const PLUGIN_ID = 'editorial-workflow';

export const PERMISSIONS = {
  /** Take workflow actions, read items' history, the queue and one's notifications. */
  useWorkflow: `plugin::${PLUGIN_ID}.workflow.use`,
  /** Read who belongs to which unit in which role. */
  readMemberships: `plugin::${PLUGIN_ID}.memberships.read`,
  /** Add and remove memberships. */
  manageMemberships: `plugin::${PLUGIN_ID}.memberships.manage`,
  /** Read the unit statistics (counts, quotas, ranking, exports), scoped by the person's units. */
  readStats: `plugin::${PLUGIN_ID}.stats.read`,
  /** Read the statistics of every unit (Phòng QLCL, the Sở's leadership), not only one's own units and departments. */
  readAllStats: `plugin::${PLUGIN_ID}.stats.read-all`,
  /**
   * The leadership's oversight of every item: see any item's workflow and take its live version
   * down (with a reason) in any state, like the publisher. Not a unit membership: the Sở's
   * leadership belongs to no unit's desk.
   */
  takeDown: `plugin::${PLUGIN_ID}.items.take-down`,
  /** Read the audit log: memberships granted and revoked, admin roles and rights changed, settings changed. */
  readAudit: `plugin::${PLUGIN_ID}.audit.read`,
  /** Open the network page "Mạng lưới đơn vị": units, their contact, head and members. */
  readNetwork: `plugin::${PLUGIN_ID}.network.read`,
  /** Import people from a file and edit a unit's contact official (memberships: `memberships.manage`). */
  manageNetwork: `plugin::${PLUGIN_ID}.network.manage`,
  /** Read and export the directory (Danh bạ): every unit's contact and head with phone and e-mail. */
  readDirectory: `plugin::${PLUGIN_ID}.directory.read`,
  /** Open the overview "Tổng quan" (the leadership, the Office, Phòng QLCL, a unit head); its figures follow the statistics' scope. */
  readOverview: `plugin::${PLUGIN_ID}.overview.read`,
  /**
   * Receive the units' monthly opinion reports (Văn phòng Sở): acknowledge or return each, read the
   * consolidated month view and export it. Filing a report is a unit membership, not this.
   */
  receiveReports: `plugin::${PLUGIN_ID}.reports.receive`,
  /**
   * Run the plan at work (Văn phòng Sở): write the communication scripts, send guidance to units,
   * follow who has read it and who has filed their unit plan, commission coverage from any unit.
   * A department commissions from units and enters events of its field by membership, not this.
   */
  managePlan: `plugin::${PLUGIN_ID}.plan.manage`,
  /**
   * The channels page "Kênh đăng tải" (Phòng QLCL, the publisher): what is pending, sent and failed on
   * each channel, retry or cancel a delivery, keep the press contacts.
   */
  manageChannels: `plugin::${PLUGIN_ID}.channels.manage`,
  /** The channels' settings: the fanpage's page id and access token, the Graph API's address (the administrator). */
  channelSettings: `plugin::${PLUGIN_ID}.channels.settings`,
  /**
   * The Office's desk of the public's and the press's questions (issue 22): information requests
   * (enter, route, extend, answer, refuse), the spokesperson register and the press inquiries' log.
   */
  manageInquiries: `plugin::${PLUGIN_ID}.inquiries.manage`,
  /** The leadership reads the information requests and the press inquiries, open and overdue. */
  readInquiries: `plugin::${PLUGIN_ID}.inquiries.read`,
} as const;

export type PermissionName = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

/** The RBAC conditions that scope the content-manager to a person's units and queue. */
export const CONDITIONS = {
  /** Documents of a unit the person belongs to (any role). */
  ownUnit: 'own-unit',
  /** Items of the person's units, plus the items routed to a department where they edit or approve. */
  itemInScope: 'item-in-scope',
} as const;

export const conditionId = (name: (typeof CONDITIONS)[keyof typeof CONDITIONS]): string => `plugin::${PLUGIN_ID}.${name}`;
