<?xml version="1.0" encoding="UTF-8"?>
<!-- Agricultural land and gardens (Ministry of Agriculture Jihad): yellow fill, ochre outline; Persian labels from 1:500,000. -->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>agricultural_lands</Name>
    <UserStyle>
      <Name>agricultural_lands</Name>
      <Title>Agricultural land and gardens / اراضی کشاورزی و باغات (yellow)</Title>
      <Abstract>Style of the mining cadastre layer agricultural_lands. Agricultural land and gardens (Ministry of Agriculture Jihad): yellow fill, ochre outline; Persian labels from 1:500,000.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>area</Name>
          <Title>Agricultural land or garden</Title>
          <PolygonSymbolizer>
            <Fill>
              <CssParameter name="fill">#F2D43D</CssParameter>
              <CssParameter name="fill-opacity">0.45</CssParameter>
            </Fill>
            <Stroke>
              <CssParameter name="stroke">#B39B1F</CssParameter>
              <CssParameter name="stroke-width">0.8</CssParameter>
            </Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>label</Name>
          <Title>Persian name (name_fa)</Title>
          <MaxScaleDenominator>500000</MaxScaleDenominator>
          <TextSymbolizer>
            <Label><ogc:PropertyName>name_fa</ogc:PropertyName></Label>
            <Font>
              <CssParameter name="font-family">Noto Sans Arabic</CssParameter>
              <CssParameter name="font-family">DejaVu Sans</CssParameter>
              <CssParameter name="font-size">10</CssParameter>
              <CssParameter name="font-style">normal</CssParameter>
              <CssParameter name="font-weight">normal</CssParameter>
            </Font>
            <LabelPlacement>
              <PointPlacement>
                <AnchorPoint>
                  <AnchorPointX>0.5</AnchorPointX>
                  <AnchorPointY>0.5</AnchorPointY>
                </AnchorPoint>
              </PointPlacement>
            </LabelPlacement>
            <Halo>
              <Radius>1.5</Radius>
              <Fill>
                <CssParameter name="fill">#FFFFFF</CssParameter>
                <CssParameter name="fill-opacity">0.85</CssParameter>
              </Fill>
            </Halo>
            <Fill>
              <CssParameter name="fill">#6B5C10</CssParameter>
              <CssParameter name="fill-opacity">1</CssParameter>
            </Fill>
          </TextSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
