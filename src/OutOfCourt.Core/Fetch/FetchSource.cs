namespace OutOfCourt.Core.Fetch;

/// <summary>Which publisher a download comes from; each has its own cache subfolder.</summary>
public enum FetchSource { PoliceUk, HomeOffice }
