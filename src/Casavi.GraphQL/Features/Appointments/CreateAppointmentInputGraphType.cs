using Casavi.Contract.Content;
using Casavi.GraphQL.Kernel.Fields;
using Casavi.GraphQL.Kernel.Mutations;
using Casavi.GraphQL.Kernel.Scalars;
using GraphQL.Types;

namespace Casavi.GraphQL.Features.Appointments;

public sealed class CreateAppointmentInputGraphType : InputObjectGraphType<CreateAppointmentInput>
{
    public CreateAppointmentInputGraphType()
    {
        Name = "CreateAppointmentInput";
        Description = "A new appointment for one or more properties.";
        this.ChosenReferenceId(input => input.Id, "appointment");
        Field(input => input.Title).Description("The title of the appointment (e.g. Elevator repair).");
        Field(input => input.Text, nullable: true).Description("The body text of the appointment.");
        Field(input => input.Location, nullable: true).Description("Where the appointment takes place (e.g. 3rd floor).");
        Field(input => input.AuthorId, nullable: true).Description("Id of the user who creates the appointment.");
        Field(input => input.AllDay, nullable: true).Description("Whether the appointment lasts all day.");
        Field(input => input.ShowOnInfoboard, nullable: true).Description("Whether the appointment is shown on the info board.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("propertyIds")
            .Description("Reference IDs of the properties where the appointment is shared: at least one, each once, each existing.");
        Field<ListGraphType<NonNullGraphType<InputEnumGraphType<AppointmentRole>>>>("roles")
            .Description("The roles that receive the appointment, each once; casavi's default when left out.");
        Field(input => input.NotifyRecipients, nullable: true).Description("Notify all casavi users of the appointment by message.");
        Field<NonNullGraphType<DateTimeScalar>>("dateStart").Description("When the appointment begins.");
        Field<DateTimeScalar>("dateEnd").Description("When the appointment ends; not before `dateStart`.");
    }
}
