using System.Text.Json.Serialization;
using Pipeline.Core.Json;

namespace Pipeline.Core.Topics;

/// <summary>The classifier's due-diligence topic labels; serialised in snake case ("grievance_mechanism").</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Topic>))]
public enum Topic
{
    /// <summary>What surveillance/border products or services are supplied, to which governments or countries.</summary>
    ProductsAndClients,

    /// <summary>How many systems, where deployed.</summary>
    DeploymentScale,

    /// <summary>Willingness or refusal to share lists and updates.</summary>
    DisclosureCommitment,

    /// <summary>Human-rights due diligence: risk identification and assessment, customer and end-use screening.</summary>
    DueDiligence,

    /// <summary>Consulting affected communities, migrants, refugees, human-rights defenders, civil society.</summary>
    StakeholderEngagement,

    /// <summary>Safeguards against misuse: contract clauses, end-user certificates, training, audits, product limits, monitoring.</summary>
    Mitigation,

    /// <summary>Complaint and whistle-blowing channels, remedy.</summary>
    GrievanceMechanism,

    /// <summary>Human-rights policy, codes of conduct, governance and approval processes, UNGP/OECD commitments.</summary>
    PolicyCommitment,

    /// <summary>Stopping, restricting, suspending or refusing sales or contracts.</summary>
    ExitAndRestrictions,

    /// <summary>Export-control law, licences, sanctions, government authorisation.</summary>
    ExportControl,

    /// <summary>Declining to answer, client confidentiality, NDAs, national security.</summary>
    ConfidentialityDecline,

    /// <summary>Letterhead, greetings, company background, signatures, boilerplate.</summary>
    Other,
}
