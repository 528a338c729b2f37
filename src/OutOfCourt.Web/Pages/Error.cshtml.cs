using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OutOfCourt.Web.Pages;

/// <summary>Shown for unknown addresses and unexpected failures; never a stack trace.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status)
    {
        Status = status ?? 500;
        Response.StatusCode = Status;
    }
}
