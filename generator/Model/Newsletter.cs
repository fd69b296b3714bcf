namespace Briefing.Model;

/// <summary>
/// The newsletter's sign-up form (site.yml <c>newsletter:</c>): the subscribe page posts an email address to
/// <paramref name="Action"/> as the field <paramref name="Field"/>, with no JavaScript.
/// </summary>
/// <param name="Action">The form's absolute https action URL, given by the mailing service.</param>
/// <param name="Field">The name of the email input the service expects (<c>email</c>, <c>EMAIL</c> for Mailchimp).</param>
/// <param name="Provider">The service's name as readers see it ("Buttondown"), or null.</param>
public sealed record Newsletter(string Action, string Field, string? Provider)
{
    /// <summary>
    /// The placeholder the service replaces with a reader's unsubscribe link in each email (site.yml
    /// <c>newsletter.unsubscribe</c>): Mailchimp's <c>*|UNSUB|*</c> unless given (Buttondown and Kit:
    /// <c>{{ unsubscribe_url }}</c>).
    /// </summary>
    public string Unsubscribe { get; init; } = DefaultUnsubscribe;

    public const string DefaultUnsubscribe = "*|UNSUB|*";

    /// <summary>The field name when <c>newsletter:</c> gives none.</summary>
    public const string DefaultField = "email";
}
