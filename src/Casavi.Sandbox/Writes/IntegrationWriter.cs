using System.Globalization;
using Casavi.Contract.Integration;
using Casavi.Sandbox.Data;
using Casavi.Sandbox.Endpoints;

namespace Casavi.Sandbox.Writes;

/// <summary>Webhook subscriptions and the vulcavo assembly-topic updates.</summary>
internal sealed class IntegrationWriter(SandboxData data, TimeProvider time)
{
    public RestHook CreateHook(CreateRestHook body)
    {
        var targetUrl = Require.Text(body.TargetUrl, "targetUrl");
        var hookEvent = Require.Text(body.Event, "event");
        Require.That(Uri.TryCreate(targetUrl, UriKind.Absolute, out var target) && (target.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp),
            "targetUrl must be an absolute http(s) URL");
        lock (data.Gate)
        {
            var number = data.RestHooks.All().Select(h => int.TryParse(h.Id.AsSpan(2), CultureInfo.InvariantCulture, out var n) ? n : 0).DefaultIfEmpty().Max() + 1;
            var now = time.GetUtcNow();
            var hook = new RestHook
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"H-{number:D3}"),
                TargetUrl = targetUrl,
                Event = hookEvent,
                CreatedAt = now,
            };
            data.RestHooks.Add(hook, now);
            return hook;
        }
    }

    public void SetTopicStatus(AssemblyTopicStatus body)
    {
        var topicId = Require.Text(body.TopicId, "topicId");
        var status = ValidStatus(Require.Text(body.Status, "status"));
        lock (data.Gate)
        {
            var topic = data.AssemblyTopics.Require(topicId, "Assembly topic");
            data.AssemblyTopics.Replace(topic with { Status = status }, time.GetUtcNow());
        }
    }

    public void UpdateTopic(string id, AssemblyTopicUpdate body)
    {
        var status = body.Status is null ? null : ValidStatus(body.Status);
        Require.That(body.Title is null || !string.IsNullOrWhiteSpace(body.Title), "title must not be empty");
        lock (data.Gate)
        {
            var topic = data.AssemblyTopics.Require(id, "Assembly topic");
            var updated = topic with
            {
                Title = body.Title ?? topic.Title,
                Description = body.Description ?? topic.Description,
                Status = status ?? topic.Status,
            };
            data.AssemblyTopics.Replace(updated, time.GetUtcNow());
        }
    }

    private static string ValidStatus(string status)
    {
        Require.That(AssemblyTopic.Statuses.Contains(status, StringComparer.OrdinalIgnoreCase), $"status must be one of {string.Join(", ", AssemblyTopic.Statuses)}");
        return status.ToLowerInvariant();
    }
}
